package mixedversions

import (
	"context"

	semconv17 "go.opentelemetry.io/otel/semconv/v1.17.0"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
	"go.opentelemetry.io/otel/trace"
)

// respond sets the status code under its v1.17.0 name beside a key of
// v1.26.0: deprecated-attribute reports the key where it is set, with the
// fix that moves it to v1.26.0, and the import is not reported again for it.
func respond(ctx context.Context, status int) {
	trace.SpanFromContext(ctx).SetAttributes(
		semconv.HTTPRoute("/orders"),
		semconv17.ServiceName("shop"),
		semconv17.HTTPStatusCode(status), // want `HTTPStatusCode \(key "http.status_code"\) is deprecated`
	)
}
