package mixedversions

import (
	"context"

	semconv17 "go.opentelemetry.io/otel/semconv/v1.17.0" // want `package imports semconv v1.17.0 here and v1.26.0 at dual.go:7, and uses HTTPStatusCode \(key "http.status_code"\) of v1.17.0, which v1.26.0 does not declare \(renamed "http.response.status_code" by the semantic conventions\): its telemetry mixes attribute names of two versions of the conventions, which dashboards and queries see as different attributes; use v1.26.0 throughout`
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
	"go.opentelemetry.io/otel/trace"
)

// respond sets the status code under its v1.17.0 name beside a key of
// v1.26.0.
func respond(ctx context.Context, status int) {
	trace.SpanFromContext(ctx).SetAttributes(
		semconv.HTTPRoute("/orders"),
		semconv17.ServiceName("shop"),
		semconv17.HTTPStatusCode(status), // want `HTTPStatusCode \(key "http.status_code"\) is deprecated`
	)
}
