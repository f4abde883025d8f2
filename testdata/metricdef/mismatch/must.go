package mismatch

import (
	"context"
	"time"

	"go.opentelemetry.io/otel/metric"
)

// must turns a creation's error into a panic. Its result is of its type
// parameter, which only its first parameter has: it can return nothing
// else, so the instrument it returns is the one it was given.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// either returns one of its two arguments: which one is not known.
func either[T any](a, b T) T {
	if time.Now().Unix()%2 == 0 {
		return a
	}
	return b
}

var (
	waitMs   = must(meter.Float64Histogram("mismatch.wait", metric.WithUnit("ms")))
	queueSec metric.Float64Histogram
	picked   = either(latencyMs, latencyMs)
)

func init() {
	h, err := meter.Float64Histogram("mismatch.queue", metric.WithUnit("s"), metric.WithExplicitBucketBoundaries(seconds...))
	queueSec = must(h, err)
}

// Bad: seconds on an instrument in milliseconds, milliseconds on one in
// seconds, each created through the must-helper.
func mustBad(ctx context.Context, start time.Time) {
	waited := time.Since(start).Seconds()
	waitMs.Record(ctx, waited)                                      // want `histogram "mismatch.wait" declares unit "ms" but is given seconds \(time.Duration.Seconds\): each value is 1000 times too small; record float64\(d\) / float64\(time.Millisecond\), or declare unit "s", the unit the semantic conventions want for durations`
	queueSec.Record(ctx, float64(time.Since(start).Milliseconds())) // want `histogram "mismatch.queue" declares unit "s" but is given milliseconds`
}

// Good: the units agree; and either's result, one of two arguments, is
// not resolved.
func mustGood(ctx context.Context, start time.Time) {
	waitMs.Record(ctx, float64(time.Since(start).Milliseconds()))
	queueSec.Record(ctx, time.Since(start).Seconds())
	picked.Record(ctx, time.Since(start).Microseconds())
}
