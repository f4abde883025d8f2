package fiximports

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	semconv17 "go.opentelemetry.io/otel/semconv/v1.17.0"
	"go.opentelemetry.io/otel/trace"
)

// lastUse uses the old package only for deprecated keys: every reference
// but the last is rewritten, so the fixed file still imports and uses it.
func lastUse(ctx context.Context, method string) {
	trace.SpanFromContext(ctx).SetAttributes(
		semconv17.HTTPMethod(method),            // want `HTTPMethod \(key "http.method"\) is deprecated`
		semconv17.HTTPSchemeKey.String("https"), // want `HTTPSchemeKey \(key "http.scheme"\) is deprecated`
		attribute.Bool("shop.cached", true),
	)
}
