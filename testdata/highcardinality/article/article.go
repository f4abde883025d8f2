// Package article holds the label governance examples of the pitfall
// article, bad and good.
package article

import (
	"context"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
)

var meter = otel.Meter("otellint.test/highcardinality/article")

var (
	lat, _      = meter.Float64Histogram("http.server.duration", metric.WithUnit("s"))
	requests, _ = meter.Int64Counter("http.server.requests")
)

// Bad: user_id and request_id explode the number of series.
func bad(ctx context.Context, uid, reqID string) {
	requests.Add(ctx, 1, metric.WithAttributes(
		attribute.String("user_id", uid),      // want `metric attribute "user_id" is a user id, whose values are unbounded: each one makes a new time series; record it on the span or in logs and keep metric attributes bounded \(route, method, status class\)`
		attribute.String("request_id", reqID), // want `metric attribute "request_id" is a request id, whose values are unbounded`
	))
}

// Good: only low-cardinality dimensions; the ids go to the span.
func good(ctx context.Context, uid, reqID string) {
	start := time.Now()
	lat.Record(ctx, time.Since(start).Seconds(),
		metric.WithAttributes(
			attribute.String("route", "/orders"),
			attribute.String("method", "POST"),
			attribute.Int("status", 200),
		),
	)
	requests.Add(ctx, 1, metric.WithAttributes(
		attribute.String("route", "/orders"),
		attribute.String("method", "POST"),
		attribute.Int("status_class", 2),
	))
}
