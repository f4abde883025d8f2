// Package mismatch records values in another unit than their instrument
// declares, and in the same one.
package mismatch

import (
	"context"
	"io"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

var meter = otel.Meter("otellint.test/metricdef/mismatch")

var (
	latency     metric.Float64Histogram // set in init, in seconds
	latencyMs   metric.Int64Histogram   // set in init, in milliseconds
	payload     metric.Int64Histogram   // set in init, in bytes
	unknownUnit metric.Float64Histogram // set from a parameter
)

var seconds = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

func init() {
	latency, _ = meter.Float64Histogram("mismatch.latency", metric.WithUnit("s"), metric.WithExplicitBucketBoundaries(seconds...))
	latencyMs, _ = meter.Int64Histogram("mismatch.fetch.latency", metric.WithUnit("ms"))
	payload, _ = meter.Int64Histogram("mismatch.payload", metric.WithUnit("By"))
}

func SetUnknown(h metric.Float64Histogram) { unknownUnit = h }

// Bad: milliseconds, nanoseconds, a byte count on a histogram in seconds.
func bad(ctx context.Context, start time.Time, body []byte) {
	latency.Record(ctx, float64(time.Since(start).Milliseconds())) // want `histogram "mismatch.latency" declares unit "s" but is given milliseconds \(time.Duration.Milliseconds\): each value is 1000 times too large; record d.Seconds\(\)`
	d := time.Since(start)
	latency.Record(ctx, float64(d)/1e6)       // want `histogram "mismatch.latency" declares unit "s" but is given milliseconds \(a value converted to ms\): each value is 1000 times too large`
	latency.Record(ctx, float64(d))           // want `but is given nanoseconds \(a time.Duration, which counts nanoseconds\): each value is 1000000000 times too large`
	latency.Record(ctx, float64(len(body)))   // want `histogram "mismatch.latency" declares unit "s" but is given bytes \(the length of a \[\]byte\); record d.Seconds\(\)`
	latencyMs.Record(ctx, int64(d.Seconds())) // want `histogram "mismatch.fetch.latency" declares unit "ms" but is given seconds \(time.Duration.Seconds\): each value is 1000 times too small; record d.Milliseconds\(\)`
	payload.Record(ctx, d.Milliseconds())     // want `histogram "mismatch.payload" declares unit "By" but is given milliseconds`
	elapsed := d.Microseconds()
	latencyMs.Record(ctx, elapsed) // want `declares unit "ms" but is given microseconds`
}

// Good: the units agree, or the value's unit is not known.
func good(ctx context.Context, start time.Time, body []byte, v float64) {
	d := time.Since(start)
	latency.Record(ctx, d.Seconds())
	latency.Record(ctx, float64(d)/float64(time.Second))
	latency.Record(ctx, float64(d.Milliseconds())/1000)
	latencyMs.Record(ctx, d.Milliseconds())
	latencyMs.Record(ctx, int64(d/time.Millisecond))
	payload.Record(ctx, int64(len(body)))
	latency.Record(ctx, v)
	unknownUnit.Record(ctx, float64(d.Milliseconds()))
	n := d.Milliseconds()
	n = n / 1000
	latency.Record(ctx, float64(n)) // assigned twice: not followed
}

// A struct field set in a constructor.
type Server struct {
	duration metric.Float64Histogram
	requests *prometheus.HistogramVec
	timing   prometheus.Histogram
}

func NewServer() *Server {
	h, _ := meter.Float64Histogram("mismatch.server.duration", metric.WithUnit("s"), metric.WithExplicitBucketBoundaries(seconds...))
	return &Server{
		duration: h,
		requests: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "mismatch_request_duration_seconds"}, []string{"code"}),
		timing:   prometheus.NewHistogram(prometheus.HistogramOpts{Name: "mismatch_timing_milliseconds", Buckets: []float64{1, 5, 10, 50, 100, 500}}),
	}
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	n, _ := io.Copy(io.Discard, r.Body)
	s.duration.Record(r.Context(), float64(time.Since(start).Milliseconds()))            // want `histogram "mismatch.server.duration" declares unit "s" but is given milliseconds`
	s.requests.WithLabelValues("200").Observe(float64(time.Since(start).Milliseconds())) // want `Prometheus histogram "mismatch_request_duration_seconds" is named for s but is given milliseconds`
	s.requests.WithLabelValues("200").Observe(time.Since(start).Seconds())
	timer := prometheus.NewTimer(s.timing) // want `Prometheus histogram "mismatch_timing_milliseconds" is named for ms but is given seconds \(prometheus.NewTimer, which observes seconds\)`
	defer timer.ObserveDuration()
	s.timing.Observe(float64(time.Since(start).Milliseconds()))
	s.duration.Record(r.Context(), float64(n))
}
