package fiximports

import (
	"context"

	semconv17 "go.opentelemetry.io/otel/semconv/v1.17.0"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"
)

// withNewer imports a newer semconv package beside the old one: the fixes
// use its constants and helpers. CodeLineNumber keeps its name in v1.43.0
// for the new key code.line.number.
func withNewer(ctx context.Context, method string, line int) {
	trace.SpanFromContext(ctx).SetAttributes(
		semconv17.HTTPMethod(method),             // want `HTTPMethod \(key "http.method"\) is deprecated`
		semconv17.HTTPStatusCodeKey.Int(200),     // want `HTTPStatusCodeKey \(key "http.status_code"\) is deprecated`
		semconv17.CodeLineNumber(line),           // want `CodeLineNumber \(key "code.lineno"\) is deprecated`
		semconv17.HTTPURL("https://example.com"), // want `HTTPURL \(key "http.url"\) is deprecated .*: use "url.full"`
		semconv.ServiceName("shop"),
	)
}
