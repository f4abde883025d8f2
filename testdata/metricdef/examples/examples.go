// Package examples holds the examples of the pass's documentation, each
// reported example beside its silent twin, so that the documentation
// cannot say what the pass does not do.
package examples

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

var meter = otel.Meter("otellint.test/metricdef/examples")

var latencyBad, _ = meter.Float64Histogram("rpc.server.duration", metric.WithUnit("s")) // want `seconds-default-buckets|records seconds on the SDK's default boundaries`

var latency, _ = meter.Float64Histogram("rpc.server.duration", metric.WithUnit("s"),
	metric.WithExplicitBucketBoundaries(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))

var sizeBad, _ = meter.Int64Histogram("rpc.server.request.size", metric.WithUnit("By"),
	metric.WithExplicitBucketBoundaries(1024, 256, 4096, 16384, 65536)) // want `bucket boundaries are not strictly increasing`

var size, _ = meter.Int64Histogram("rpc.server.request.size", metric.WithUnit("By"),
	metric.WithExplicitBucketBoundaries(256, 1024, 4096, 16384, 65536))

func observeBad(ctx context.Context, start time.Time) {
	latency.Record(ctx, float64(time.Since(start).Milliseconds())) // want `declares unit "s" but is given milliseconds`
}

func observe(ctx context.Context, start time.Time) {
	latency.Record(ctx, time.Since(start).Seconds())
}

var batchBad, _ = meter.Int64Histogram("export.batch.size") // want `histogram "export.batch.size" has no unit`

var batch, _ = meter.Int64Histogram("export.batch.size", metric.WithUnit("{span}"))

var sentBad, _ = meter.Int64Counter("export.sent", metric.WithUnit("bytes")) // want `unit "bytes" is not a UCUM code`

var sent, _ = meter.Int64Counter("export.sent", metric.WithUnit("By"))

var bounds = metric.WithExplicitBucketBoundaries(0.001, 0.01, 0.1, 1, 10)

var waitBad, _ = meter.Float64Histogram("queue.wait_seconds", metric.WithUnit("s"), bounds) // want `instrument name "queue.wait_seconds" carries "_seconds"`

var wait, _ = meter.Float64Histogram("queue.wait", metric.WithUnit("s"), bounds)

var activeCounter, _ = meter.Int64Counter("pool.active.bad", metric.WithUnit("{connection}"))

func releaseBad(ctx context.Context) {
	activeCounter.Add(ctx, -1) // want `counter is given a negative increment`
}

var active, _ = meter.Int64UpDownCounter("pool.active", metric.WithUnit("{connection}"))

func release(ctx context.Context) {
	active.Add(ctx, -1)
}

type queue struct{ jobs chan string }

var (
	queued, _ = meter.Int64Counter("queue.queued", metric.WithUnit("{job}"))
	depth, _  = meter.Int64Gauge("queue.depth", metric.WithUnit("{job}"))
)

func (q *queue) sampleBad(ctx context.Context) {
	queued.Add(ctx, int64(len(q.jobs))) // want `counter is given a level \(the length of a channel\)`
}

func (q *queue) sample(ctx context.Context) {
	depth.Record(ctx, int64(len(q.jobs)))
}

var hitsBad, _ = meter.Int64Counter("cache hits") // want `instrument name "cache hits" contains ' '`

var hits, _ = meter.Int64Counter("cache.hits")

var servedBad = promauto.NewCounter(prometheus.CounterOpts{Name: "http_served"}) // want `Prometheus counter "http_served" has no _total suffix`

var served = promauto.NewCounter(prometheus.CounterOpts{Name: "http_served_total"})

var _ = []any{latencyBad, sizeBad, size, batchBad, batch, sentBad, sent, waitBad, wait, hitsBad, hits, servedBad, served}
