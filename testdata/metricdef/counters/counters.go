// Package counters feeds counters with increments, levels and negative
// values.
package counters

import (
	"context"
	"io"
	"runtime"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

var meter = otel.Meter("otellint.test/metricdef/counters")

var (
	processed, _ = meter.Int64Counter("counters.processed", metric.WithUnit("{item}"))
	written, _   = meter.Int64Counter("counters.written", metric.WithUnit("By"))
	inFlight, _  = meter.Int64UpDownCounter("counters.in_flight", metric.WithUnit("{request}"))
	depth, _     = meter.Int64Gauge("counters.queue.depth", metric.WithUnit("{item}"))
	promTotal    = prometheus.NewCounter(prometheus.CounterOpts{Name: "counters_processed_total"})
	promLevel    = prometheus.NewGauge(prometheus.GaugeOpts{Name: "counters_queue_depth"})
)

type Queue struct {
	jobs  chan string
	items []string
	cache interface{ Len() int }
}

// Bad: negative increments.
func (q *Queue) done(ctx context.Context, n int64) {
	processed.Add(ctx, -1) // want `counter is given a negative increment \(-1\): counters only go up and the SDK adds it, and backends read the drop as a counter reset; use an UpDownCounter for a value that goes down`
	processed.Add(ctx, -n) // want `counter is given a negative increment \(-n\)`
	promTotal.Add(-2)      // want `counter is given a negative increment \(-2\): counters only go up and the Prometheus client panics \(counter cannot decrease in value\); use a Gauge`
}

// Bad: levels added to counters.
func (q *Queue) sample(ctx context.Context) {
	processed.Add(ctx, int64(len(q.jobs)))            // want `counter is given a level \(the length of a channel\), not an increment: the sum of levels means nothing; record it on a Gauge`
	processed.Add(ctx, int64(runtime.NumGoroutine())) // want `counter is given a level \(runtime.NumGoroutine\(\)\)`
	promTotal.Add(float64(cap(q.jobs)))               // want `counter is given a level \(the capacity of a channel\), not an increment: the sum of levels means nothing; use a Gauge and Set it`
}

// Bad: state sampled on every tick.
func (q *Queue) report(ctx context.Context) {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			processed.Add(ctx, int64(len(q.items)))  // want `counter is given a level \(the length of q.items, sampled periodically\)`
			processed.Add(ctx, int64(q.cache.Len())) // want `counter is given a level \(q.cache.Len\(\), sampled periodically\)`
			processed.Add(ctx, 1)
		}
	}
}

// Good: increments, and levels on gauges and up-down counters.
func (q *Queue) flush(ctx context.Context, w io.Writer, batch []string) error {
	processed.Add(ctx, int64(len(batch)))
	processed.Add(ctx, int64(len(q.items)))
	n, err := io.WriteString(w, "x")
	written.Add(ctx, int64(n))
	inFlight.Add(ctx, -1)
	depth.Record(ctx, int64(len(q.jobs)))
	promLevel.Set(float64(len(q.jobs)))
	promLevel.Sub(1)
	promTotal.Add(float64(len(batch)))
	buf := make([]byte, 0, n)
	written.Add(ctx, int64(cap(buf))) // the bytes just allocated
	for range time.Tick(time.Minute) {
		local := q.items[:0]
		processed.Add(ctx, int64(len(local)))
		break
	}
	return err
}
