// Package configured gives, with min-boundaries=3, histograms explicit boundaries, some of which
// the libraries will not use as written.
package configured

import (
	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

var meter = otel.Meter("otellint.test/metricdef/configured")

// Bad: not increasing; the SDK falls back to its defaults.
var unsorted, _ = meter.Float64Histogram("boundaries.unsorted.duration", metric.WithUnit("s"),
	metric.WithExplicitBucketBoundaries(0.01, 0.005, 0.1, 0.05, 1, 5)) // want `bucket boundaries are not strictly increasing \(0.01 then 0.005\): the SDK ignores them, returns an error most callers drop, and falls back to its default boundaries; sort them and remove duplicates`

// Bad: a duplicate.
var duplicated, _ = meter.Float64Histogram("boundaries.duplicated.duration", metric.WithUnit("s"),
	metric.WithExplicitBucketBoundaries(0.005, 0.01, 0.01, 0.1, 1, 5)) // want `bucket boundaries are not strictly increasing \(0.01 then 0.01\)`

// Bad: the article's [0.1, 1, 10].
var coarse, _ = meter.Float64Histogram("boundaries.coarse.duration", metric.WithUnit("s"),
	metric.WithExplicitBucketBoundaries(0.1, 1, 10))

// Bad: the SDK's millisecond defaults copied onto a histogram in seconds.
var copied, _ = meter.Float64Histogram("boundaries.copied.duration", metric.WithUnit("s"),
	metric.WithExplicitBucketBoundaries(msBounds...)) // want `these are the SDK's default boundaries, sized for milliseconds, on an instrument in seconds`

var msBounds = []float64{0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000}

// Good: the same defaults on a histogram in milliseconds.
var inMillis, _ = meter.Float64Histogram("boundaries.millis.duration", metric.WithUnit("ms"),
	metric.WithExplicitBucketBoundaries(msBounds...))

// Good: increasing, enough of them, through a variable.
var secondBounds = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

var fine, _ = meter.Float64Histogram("boundaries.fine.duration", metric.WithUnit("s"),
	metric.WithExplicitBucketBoundaries(secondBounds...))

// Good: boundaries that are not constant.
func dynamic(bounds []float64) metric.Float64Histogram {
	h, _ := meter.Float64Histogram("boundaries.dynamic.duration", metric.WithUnit("s"), metric.WithExplicitBucketBoundaries(bounds...))
	return h
}

// Bad: Prometheus panics on buckets out of order.
var promUnsorted = prometheus.NewHistogram(prometheus.HistogramOpts{
	Name:    "boundaries_unsorted_seconds",
	Buckets: []float64{0.1, 0.5, 0.25, 1, 2.5, 5}, // want `bucket boundaries are not strictly increasing \(0.5 then 0.25\): the Prometheus client panics when the histogram is created`
})

// Bad: three linear buckets.
var promCoarse = prometheus.NewHistogram(prometheus.HistogramOpts{
	Name:    "boundaries_coarse_seconds",
	Buckets: prometheus.LinearBuckets(1, 1, 3),
})

// Good: the default buckets, and enough exponential ones.
var (
	promDefault = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "boundaries_default_seconds", Buckets: prometheus.DefBuckets})
	promExp     = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "boundaries_exp_seconds", Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)})
)

var _ = []any{unsorted, duplicated, coarse, copied, inMillis, fine, promUnsorted, promCoarse, promDefault, promExp}
