// Package spanlabels wraps span attributes, not metric ones: it records
// spans, and its keys given at run time are not checked.
package spanlabels

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/trace"
)

// Field makes a span attribute of key.
func Field(key, value string) attribute.KeyValue {
	return attribute.String(key, value)
}

// Annotate sets the attributes on the span of ctx, and counts the call.
func Annotate(ctx context.Context, c metric.Int64Counter, kvs ...attribute.KeyValue) {
	trace.SpanFromContext(ctx).SetAttributes(kvs...)
	c.Add(ctx, 1)
}
