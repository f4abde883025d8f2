// Package mixedkept imports semconv v1.17.0 beside v1.20.0 and sets // want package:"semconv v1.17.0 in otellint.test/semconv/mixedkept, v1.20.0 in otellint.test/semconv/mixedkept"
// http.method from v1.17.0: the conventions renamed the key in v1.21.0,
// and v1.20.0 declares it alike, so both versions emit the same name. The
// key is deprecated, which deprecated-attribute reports; the import is not
// a mix.
package mixedkept

import (
	"context"

	semconv17 "go.opentelemetry.io/otel/semconv/v1.17.0"
	semconv "go.opentelemetry.io/otel/semconv/v1.20.0"
	"go.opentelemetry.io/otel/trace"
)

// request sets the request method with v1.17.0 and the route with v1.20.0.
func request(ctx context.Context, method string) {
	trace.SpanFromContext(ctx).SetAttributes(
		semconv17.HTTPMethod(method), // want `HTTPMethod \(key "http.method"\) is deprecated`
		semconv.HTTPRoute("/orders"),
	)
}
