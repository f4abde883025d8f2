// Package inventory keeps the stock of the shop and measures it: each
// instrument defined the way that makes its numbers wrong sits beside the
// definition that makes them mean something.
package inventory

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
	"go.uber.org/zap"
)

var meter = otel.Meter("shop/inventory")

// secondsBuckets are boundaries in seconds, from 5 ms to 10 s.
var secondsBuckets = metric.WithExplicitBucketBoundaries(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)

var (
	// Seconds on the SDK's default boundaries, which are in milliseconds.
	reserveTime, _ = meter.Float64Histogram("shop.inventory.reserve.duration", metric.WithUnit("s")) // finding: metricdef/seconds-default-buckets
	// The same histogram with boundaries in seconds.
	restockTime, _ = meter.Float64Histogram("shop.inventory.restock.duration", metric.WithUnit("s"), secondsBuckets)

	// Boundaries out of order: the SDK drops them and uses its defaults.
	pickTime, _ = meter.Float64Histogram("shop.inventory.pick.duration", metric.WithUnit("s"),
		metric.WithExplicitBucketBoundaries(0.01, 0.005, 0.1, 0.5, 1, 5)) // finding: metricdef/bad-boundaries

	// No unit: is it seconds, items or bytes?
	batchSize, _  = meter.Int64Histogram("shop.inventory.batch.size") // finding: metricdef/missing-unit
	itemsMoved, _ = meter.Int64Histogram("shop.inventory.items.moved", metric.WithUnit("{item}"),
		metric.WithExplicitBucketBoundaries(1, 5, 10, 50, 100, 500))

	// A unit spelled out instead of its UCUM code.
	exported, _ = meter.Int64Counter("shop.inventory.export.sent", metric.WithUnit("bytes")) // finding: metricdef/non-ucum-unit
	imported, _ = meter.Int64Counter("shop.inventory.import.received", metric.WithUnit("By"))

	// The unit in the name: the Prometheus exporter adds it again.
	lockWait, _ = meter.Float64Histogram("shop.inventory.lock.wait_seconds", metric.WithUnit("s"), secondsBuckets) // finding: metricdef/unit-in-name
	lockHeld, _ = meter.Float64Histogram("shop.inventory.lock.held", metric.WithUnit("s"), secondsBuckets)

	// A counter for something that goes down, and an up-down counter.
	reservedBad, _ = meter.Int64Counter("shop.inventory.reserved.bad", metric.WithUnit("{item}"))
	reserved, _    = meter.Int64UpDownCounter("shop.inventory.reserved", metric.WithUnit("{item}"))

	// A counter given a level, and a gauge.
	pendingBad, _ = meter.Int64Counter("shop.inventory.pending.bad", metric.WithUnit("{order}"))
	pending, _    = meter.Int64Gauge("shop.inventory.pending", metric.WithUnit("{order}"))

	// A name the SDK rejects: it contains a space.
	lookups, _ = meter.Int64Counter("shop.inventory lookups", metric.WithUnit("{lookup}")) // finding: metricdef/invalid-name
	hits, _    = meter.Int64Counter("shop.inventory.lookup.hits", metric.WithUnit("{lookup}"))
)

// The Prometheus counters of the warehouse scanner: one without _total,
// which an OpenMetrics scrape exposes with type unknown.
var (
	scansBad = promauto.NewCounter(prometheus.CounterOpts{Name: "shop_inventory_scans"}) // finding: metricdef/counter-without-total
	scans    = promauto.NewCounter(prometheus.CounterOpts{Name: "shop_inventory_scans_total"})
)

// Store reserves and releases stock.
type Store struct {
	logger  *zap.Logger
	pending chan string
}

// Reserve reserves n items of sku.
func (s *Store) Reserve(ctx context.Context, sku string, n int64) {
	start := time.Now()
	reserved.Add(ctx, n)
	// Milliseconds recorded on a histogram in seconds: a thousand times off.
	reserveTime.Record(ctx, float64(time.Since(start).Milliseconds())) // finding: metricdef/unit-mismatch
	restockTime.Record(ctx, time.Since(start).Seconds())
	itemsMoved.Record(ctx, n)
	batchSize.Record(ctx, n)
	pickTime.Record(ctx, time.Since(start).Seconds())
}

// Release gives n items back.
func (s *Store) Release(ctx context.Context, n int64) {
	reservedBad.Add(ctx, -n) // finding: metricdef/negative-counter
	reserved.Add(ctx, -n)
}

// Sample records the orders waiting to be picked, every ten seconds.
func (s *Store) Sample(ctx context.Context) {
	tick := time.NewTicker(10 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			pendingBad.Add(ctx, int64(len(s.pending))) // finding: metricdef/counter-as-gauge
			pending.Record(ctx, int64(len(s.pending)))
		}
	}
}

// Lookup answers a stock query.
func (s *Store) Lookup(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	lookups.Add(ctx, 1)
	hits.Add(ctx, 1)
	scansBad.Inc()
	scans.Inc()
	exported.Add(ctx, 512)
	imported.Add(ctx, 512)
	lockWait.Record(ctx, 0.002)
	lockHeld.Record(ctx, 0.002)
	// A logger built for every request, and one derived from the shared one.
	logger, _ := zap.NewProduction() // finding: instrumentcreation/logger-per-request
	logger.Info("lookup", zap.String("sku", r.URL.Query().Get("sku")))
	s.logger.With(zap.String("sku", r.URL.Query().Get("sku"))).Info("lookup")
}
