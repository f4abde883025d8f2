package api

import (
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

// The tracer and meter are shared: they are safe for concurrent use.
var (
	tracer = otel.Tracer("shop/api")
	meter  = otel.Meter("shop/api")
)

// Metrics holds the instruments of the API, created once.
type Metrics struct {
	Requests metric.Int64Counter
	Latency  metric.Float64Histogram
}

// NewMetrics creates the instruments; it is called once from main.
func NewMetrics() (*Metrics, error) {
	requests, err := meter.Int64Counter("shop.api.requests", metric.WithUnit("{request}"))
	if err != nil {
		return nil, err
	}
	latency, err := meter.Float64Histogram("shop.api.duration", metric.WithUnit("s"),
		metric.WithExplicitBucketBoundaries(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
	if err != nil {
		return nil, err
	}
	return &Metrics{Requests: requests, Latency: latency}, nil
}
