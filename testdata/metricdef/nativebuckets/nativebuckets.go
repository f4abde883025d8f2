// Package nativebuckets defines Prometheus histograms with a few coarse
// classic buckets, alone or beside a native histogram.
package nativebuckets

import "github.com/prometheus/client_golang/prometheus"

var (
	// Bad: four classic buckets are all there is to compute percentiles.
	classicOnly = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "job_run_seconds",
		Buckets: []float64{.01, .1, 1, 10}, // want `only 4 bucket boundaries \(0.01, 0.1, 1, 10\): 5 buckets are too coarse for percentiles`
	})

	// Good: the native buckets (factor 1.1) carry the resolution; the
	// classic buckets are a coarse fallback for classic-only scrapers.
	withNative = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:                           "job_wait_seconds",
		Buckets:                        []float64{.01, .1, 1, 10},
		NativeHistogramBucketFactor:    1.1,
		NativeHistogramMaxBucketNumber: 100,
	})

	// Bad: a native histogram does not save classic buckets out of order,
	// which make the client panic.
	nativeUnsorted = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:                        "job_queue_seconds",
		Buckets:                     []float64{1, .1, 10}, // want `bucket boundaries are not strictly increasing`
		NativeHistogramBucketFactor: 1.1,
	})
)

var _ = []any{classicOnly, withNative, nativeUnsorted}
