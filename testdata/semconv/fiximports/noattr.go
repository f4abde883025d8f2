package fiximports

import (
	"context"

	semconv17 "go.opentelemetry.io/otel/semconv/v1.17.0"
	"go.opentelemetry.io/otel/trace"
)

// noAttribute imports neither the attribute package nor a newer semconv:
// no fix can be written without adding an import, so none is offered.
func noAttribute(ctx context.Context, method string) {
	trace.SpanFromContext(ctx).SetAttributes(
		semconv17.HTTPMethod(method), // want `HTTPMethod \(key "http.method"\) is deprecated`
		semconv17.ServiceName("shop"),
	)
}

// variadic helpers have no single value to move to another constructor.
func variadic(ctx context.Context) {
	trace.SpanFromContext(ctx).SetAttributes(semconv17.ServiceName("shop"))
}
