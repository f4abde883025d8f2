// Package dualemission keeps an old key beside its replacement on
// purpose, for back ends that still read it, beside old keys set alone.
package dualemission

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
)

// StatusAttributes sets the new key and keeps the old one for back ends
// on the older conventions: deliberate dual emission.
func StatusAttributes(code int) []attribute.KeyValue {
	return []attribute.KeyValue{
		attribute.Int("http.response.status_code", code),
		attribute.Int("http.status_code", code), // kept for older back ends
	}
}

// OldStatusAttributes sets the old key alone.
func OldStatusAttributes(code int) []attribute.KeyValue {
	return []attribute.KeyValue{
		attribute.Int("http.status_code", code), // want `attribute key "http.status_code" is deprecated`
		attribute.Int("shop.order_count", code),
	}
}

// SetMethod sets both keys in one call.
func SetMethod(ctx context.Context, m string) {
	trace.SpanFromContext(ctx).SetAttributes(
		attribute.String("http.method", m),
		attribute.Key("http.request.method").String(m),
	)
}

// SetMethodAlone sets the old key in one call and the new one in another:
// the old one is not set beside its replacement.
func SetMethodAlone(ctx context.Context, m string) {
	span := trace.SpanFromContext(ctx)
	span.SetAttributes(attribute.String("http.method", m)) // want `attribute key "http.method" is deprecated`
	span.SetAttributes(attribute.String("url.full", m))
}
