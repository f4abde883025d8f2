// Package barekey sets keys without a namespace: a bare word written by // want package:"semconv v1.22.0 in otellint.test/semconv/barekey"
// the team is its own attribute, even when the registry once defined the
// same word, while the registry's own constant for it is the registry's
// deprecated attribute.
package barekey

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	semconv "go.opentelemetry.io/otel/semconv/v1.22.0"
)

// Deliveries counts the team's own deliveries by their own state.
func Deliveries(ctx context.Context, c metric.Int64Counter, failed bool) {
	state := "delivered"
	if failed {
		state = "failed"
	}
	c.Add(ctx, 1, metric.WithAttributes(
		attribute.Key("state").String(state),
		attribute.String("sink", "queue"),
	))
}

// PoolConnections reports a connection pool with the registry's constant
// for the pool state, which the registry renamed.
func PoolConnections(ctx context.Context, g metric.Int64UpDownCounter, idle int64) {
	g.Add(ctx, idle, metric.WithAttributes(
		semconv.StateKey.String("idle"), // want `StateKey \(key "state"\) is deprecated in the semantic conventions`
	))
}
