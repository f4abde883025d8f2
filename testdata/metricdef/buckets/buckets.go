// Package buckets creates histograms in seconds, with and without
// boundaries that fit them.
package buckets

import (
	"context"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

var meter = otel.Meter("otellint.test/metricdef/buckets")

// Bad: seconds on the SDK's millisecond boundaries.
var requestDuration, _ = meter.Float64Histogram("buckets.request.duration", metric.WithUnit("s")) // want `histogram "buckets.request.duration" records seconds on the SDK's default boundaries, which are sized for milliseconds \(0, 5, 10, 25 ... 10000\): nearly every value falls in the first buckets and its percentiles mean nothing; pass metric.WithExplicitBucketBoundaries\(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10\) or set them with a view`

// Bad: an Int64Histogram in seconds.
var jobDuration, _ = meter.Int64Histogram("buckets.job.duration", metric.WithUnit("s"), metric.WithDescription("jobs")) // want `histogram "buckets.job.duration" records seconds .* an Int64Histogram cannot record fractions of a second`

// Bad: no unit, but seconds are recorded on it.
var queryDuration, _ = meter.Float64Histogram("buckets.query.duration") // want `histogram "buckets.query.duration" records seconds on the SDK's default boundaries` `histogram "buckets.query.duration" has no unit`

// Bad: a view that only renames does not set the boundaries.
var renamed, _ = meter.Float64Histogram("buckets.renamed.duration", metric.WithUnit("s")) // want `histogram "buckets.renamed.duration" records seconds`

// Bad: a view for counters does not match a histogram.
var counted, _ = meter.Float64Histogram("buckets.counted.duration", metric.WithUnit("s")) // want `histogram "buckets.counted.duration" records seconds`

// Good: explicit boundaries in seconds.
var rpcDuration, _ = meter.Float64Histogram("buckets.rpc.duration", metric.WithUnit("s"),
	metric.WithExplicitBucketBoundaries(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))

// Good: milliseconds on the default boundaries, which are made for them.
var dbDuration, _ = meter.Float64Histogram("buckets.db.duration", metric.WithUnit("ms"))

// Good: views of another package of the module set the boundaries, by
// name and by wildcard.
var (
	viewed, _   = meter.Float64Histogram("buckets.viewed.duration", metric.WithUnit("s"))
	expQueue, _ = meter.Float64Histogram("buckets.exp.queue.duration", metric.WithUnit("s"))
)

// Good: the options are not all known here.
func custom(opts ...metric.Float64HistogramOption) metric.Float64Histogram {
	h, _ := meter.Float64Histogram("buckets.custom.duration", append(opts, metric.WithUnit("s"))...)
	return h
}

// Good: no unit and nothing known about the values.
var sizes, _ = meter.Float64Histogram("buckets.payload", metric.WithUnit("By"))

func handle(ctx context.Context, start time.Time, n int) {
	requestDuration.Record(ctx, time.Since(start).Seconds())
	queryDuration.Record(ctx, time.Since(start).Seconds())
	dbDuration.Record(ctx, float64(time.Since(start))/float64(time.Millisecond))
	jobDuration.Record(ctx, int64(time.Since(start)/time.Second))
	sizes.Record(ctx, float64(n))
	_, _, _, _, _ = renamed, counted, rpcDuration, viewed, expQueue
}
