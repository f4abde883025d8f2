// Package bounded labels metrics with values that look like ids or
// formatted text but take few values: the node of a database cluster, a
// name built from an enumeration, a worker index of a load generator, the
// type of an error. Each has an unbounded twin.
package bounded

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
)

// connsPerNode counts the connections held to each node of the database
// cluster: a cluster has a handful of nodes.
var connsPerNode = prometheus.NewGaugeVec(prometheus.GaugeOpts{
	Name: "db_connections_per_node",
	Help: "Connections held to each node of the cluster, by pool.",
}, []string{"pool", "node_id"})

// perShard and perReplica are bounded by the topology too, and so are
// the namespaces the operators create.
var perShard = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "shard_writes", Help: "Writes per shard."}, []string{"shard_id", "replica_id", "namespace_id"})

// perUser is not: every user makes a series.
var perUser = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "user_writes", Help: "Writes per user."}, []string{"user_id"}) // want `metric label "user_id" is a user id`

// perType counts the requests of each resource type, named by its type
// URL (type.googleapis.com/envoy.config.cluster.v3.Cluster): a handful.
var perType = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "xds_requests", Help: "Requests per resource type."}, []string{"type_url"})

// perTarget is not: the URL of each target called.
var perTarget = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "target_calls", Help: "Calls per target."}, []string{"target_url"}) // want `metric label "target_url" is a full URL`

// perObject is not either: an id of something the topology does not bound.
var perObject = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "object_reads", Help: "Reads per object."}, []string{"object_id"}) // want `metric label "object_id" is an id`

func init() {
	prometheus.MustRegister(connsPerNode, perShard, perUser, perObject, perType, perTarget)
}

func balance(pool string, conns map[uint32]int) {
	for node, n := range conns {
		connsPerNode.WithLabelValues(pool, strconv.FormatUint(uint64(node), 10)).Set(float64(n))
	}
}

// Phase is an enumeration of the phases of a run.
type Phase string

const (
	PhaseWarmup  Phase = "warmup"
	PhaseMeasure Phase = "measure"
)

var (
	meter    = otel.Meter("otellint.test/highcardinality/bounded")
	sent, _  = meter.Int64Counter("load.sent")
	errs, _  = meter.Int64Counter("load.errors")
	errNoAck = errors.New("no ack")
)

// generate is a load generator: a fixed number of workers, each a series.
func generate(ctx context.Context, workers int, phase Phase, target string) {
	for i := 0; i < workers; i++ {
		sent.Add(ctx, 1, metric.WithAttributes(
			attribute.String("worker", fmt.Sprintf("worker-%d", i)),
			attribute.String("operation", fmt.Sprintf("load.%s", phase)),
		))
	}
	sent.Add(ctx, 1, metric.WithAttributes(attribute.String("operation", fmt.Sprintf("load.%s", target)))) // want `"operation" is set to target`
}

// failed counts errors by their type, a small closed set, and not by
// their message.
func failed(ctx context.Context, err error) {
	errs.Add(ctx, 1, metric.WithAttributes(attribute.String("error.type", fmt.Sprintf("%T", err))))
	errs.Add(ctx, 1, metric.WithAttributes(attribute.String("error.type", fmt.Sprintf("%T: %v", err, errNoAck)))) // want `"error.type" is set to errNoAck`
	errs.Add(ctx, 1, metric.WithAttributes(attribute.String("error", fmt.Sprintf("%v", err))))                    // want `"error" is set to err`
}

// compacted counts the compactions of the process's own databases, a
// handful of files under its state directory; the path of an upload is
// another matter.
func compacted(ctx context.Context, dbPath, upload string) {
	sent.Add(ctx, 1, metric.WithAttributes(attribute.String("database.path", dbPath), attribute.String("db.path", dbPath)))
	sent.Add(ctx, 1, metric.WithAttributes(attribute.String("upload.path", upload)))  // want `metric attribute "upload.path" is a raw path`
	sent.Add(ctx, 1, metric.WithAttributes(attribute.String("db.file.path", upload))) // want `metric attribute "db.file.path" is a raw path`
}
