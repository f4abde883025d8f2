// Package fiximports shows how a fix rewrites a semconv reference // want package:"semconv v1.17.0 in otellint.test/semconv/fiximports, v1.43.0 in otellint.test/semconv/fiximports"
// depending on what each file imports.
package fiximports

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	semconv "go.opentelemetry.io/otel/semconv/v1.17.0"
	"go.opentelemetry.io/otel/trace"
)

// onlyOld imports the old semconv package and the attribute package: the
// fixes write the new keys as literals. The old package stays used by
// ServiceName, so every reference can be rewritten.
func onlyOld(ctx context.Context, method string, line int) {
	trace.SpanFromContext(ctx).SetAttributes(
		semconv.HTTPMethod(method),              // want `HTTPMethod \(key "http.method"\) is deprecated`
		semconv.HTTPMethodKey.String(method),    // want `HTTPMethodKey \(key "http.method"\) is deprecated`
		semconv.CodeLineNumber(line),            // want `CodeLineNumber \(key "code.lineno"\) is deprecated .*: use "code.line.number"`
		semconv.ServiceName("shop"),             // a current key
		attribute.String("http.method", method), // want `attribute key "http.method" is deprecated`
	)
}
