package mixedversions

import (
	"context"

	semconv17 "go.opentelemetry.io/otel/semconv/v1.17.0"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
	"go.opentelemetry.io/otel/trace"
)

// dual sets the request method under its v1.17.0 name beside its v1.26.0
// name, for back ends that still read the old one: a deliberate dual
// emission, not a mix.
func dual(ctx context.Context, method string) {
	trace.SpanFromContext(ctx).SetAttributes(
		semconv.HTTPRequestMethodKey.String(method),
		semconv17.HTTPMethod(method),
	)
}
