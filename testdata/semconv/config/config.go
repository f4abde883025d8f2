// Package config is checked with min-version v1.21.0, extra-deprecated // want package:"semconv v1.17.0 in otellint.test/semconv/config"
// shop.user=shop.customer.id and key-syntax off.
package config

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	semconv "go.opentelemetry.io/otel/semconv/v1.17.0" // want `semconv v1.17.0 is older than v1.21.0, the oldest version this project accepts \(min-version\); move to v1.21.0 or later`
	"go.opentelemetry.io/otel/trace"
)

func set(ctx context.Context, id string) {
	trace.SpanFromContext(ctx).SetAttributes(
		attribute.String("shop.user", id), // want `attribute key "shop.user" is deprecated by the project's extra-deprecated setting: use "shop.customer.id"`
	)
	trace.SpanFromContext(ctx).SetAttributes(
		attribute.String("shop.customer.id", id),
		attribute.String("shopUser", id), // key-syntax is off
		semconv.ServiceName("shop"),
	)
}
