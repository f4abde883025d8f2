// Package prom defines Prometheus collectors: counters with and without
// _total, histograms whose buckets fit their unit or not.
package prom

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

var (
	// Bad: a counter without _total.
	requests = promauto.NewCounterVec(prometheus.CounterOpts{
		Namespace: "shop",
		Name:      "prom_requests", // want `Prometheus counter "prom_requests" has no _total suffix: an OpenMetrics scrape exposes it with type unknown, and the naming conventions want the suffix; name it "prom_requests_total"`
	}, []string{"code"})

	// Bad: milliseconds on the default buckets, which are sized for seconds.
	latencyMs = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "prom_latency_milliseconds"})                     // want `Prometheus histogram "prom_latency_milliseconds" is in ms but has the default buckets, which are sized for seconds \(0.005, 0.01, 0.025, 0.05 ... 10\): most values land in \+Inf; observe seconds and name it "prom_latency_seconds", or set Buckets in ms`
	queryMs   = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "prom_query_ms", Buckets: prometheus.DefBuckets}) // want `Prometheus histogram "prom_query_ms" is in ms but has the default buckets`

	// Bad: a duration without a unit in its name.
	jobs = prometheus.NewSummary(prometheus.SummaryOpts{Name: "prom_job_duration"}) // want `Prometheus summary "prom_job_duration" measures time but its name has no unit: name it "prom_job_duration_seconds" and observe seconds`

	// Good.
	handled   = promauto.NewCounter(prometheus.CounterOpts{Name: "prom_handled_total"})
	latency   = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "prom_latency_seconds"})
	bodyBytes = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "prom_body_bytes", Buckets: prometheus.ExponentialBuckets(64, 4, 8)})
	nativeMs  = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "prom_native_milliseconds", NativeHistogramBucketFactor: 1.1})
	bucketsMs = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "prom_buckets_milliseconds", Buckets: prometheus.ExponentialBuckets(1, 2, 14)})
	gauge     = prometheus.NewGauge(prometheus.GaugeOpts{Name: "prom_queue_depth"})
)

func opts(name string) prometheus.CounterOpts { return prometheus.CounterOpts{Name: name} }

// Good: options not written here.
var fromHelper = prometheus.NewCounter(opts("prom_helper"))

var _ = []any{requests, latencyMs, queryMs, jobs, handled, latency, bodyBytes, nativeMs, bucketsMs, gauge, fromHelper}
