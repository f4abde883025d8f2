// Package lookups shows lookups on a fresh root context, which can only
// return nothing.
package lookups

import (
	"context"

	"go.opentelemetry.io/otel/baggage"
	"go.opentelemetry.io/otel/trace"
)

func tagBad(ctx context.Context) string {
	span := trace.SpanFromContext(context.Background()) // want `trace.SpanFromContext\(context.Background\(\)\) always returns an empty value; pass ctx`
	span.AddEvent("tag")
	return baggage.FromContext(context.TODO()).Member("tenant").Value() // want `baggage.FromContext\(context.TODO\(\)\) always returns an empty value; pass ctx`
}

func tagGood(ctx context.Context) string {
	span := trace.SpanFromContext(ctx)
	span.AddEvent("tag")
	return baggage.FromContext(ctx).Member("tenant").Value()
}

// Without a context in scope the lookup is still useless; there is no fix.
func traceID() string {
	return trace.SpanContextFromContext(context.Background()).TraceID().String() // want `trace.SpanContextFromContext\(context.Background\(\)\) always returns an empty value; pass the context that carries the span or baggage`
}

func traceIDGood(ctx context.Context) string {
	return trace.SpanContextFromContext(ctx).TraceID().String()
}
