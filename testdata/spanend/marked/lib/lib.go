// Package lib marks spans failed from an HTTP-like status code its callers
// give it.
package lib

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/semconv/v1.13.0/httpconv"
	"go.opentelemetry.io/otel/trace"
)

// Begin starts a span its caller must end.
func Begin(ctx context.Context, name string) (context.Context, trace.Span) { // want Begin:"starts and returns a span"
	return otel.Tracer("lib").Start(ctx, name)
}

// Failed records err and sets the status the code maps to: a server
// fault (5xx) is an error status.
func Failed(span trace.Span, code int, err error) { // want Failed:"sets error status on span, records error on span"
	if err != nil {
		span.RecordError(err)
	}
	c, desc := httpconv.ServerStatus(code)
	span.SetStatus(c, desc)
}

// Noted records the code as an attribute and sets no status.
func Noted(span trace.Span, code int) { // want Noted:"only uses span"
	span.SetAttributes(attribute.Int("http.status_code", code))
}
