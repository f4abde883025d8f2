// Package tracing is a project's own span type, wrapping a trace.Span.
package tracing

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("tracing")

// Span holds the span in a field.
type Span struct {
	span trace.Span
}

// End ends the span.
func (s *Span) End() { s.span.End() } // want End:"ends the span of its receiver"

// Fail marks the span failed.
func (s *Span) Fail(err error) { // want Fail:"sets error status on the span of its receiver"
	s.span.SetStatus(codes.Error, err.Error())
}

// Tag only adds an attribute.
func (s *Span) Tag(key, value string) {}

// StartSpan starts a span in the wrapper.
func StartSpan(ctx context.Context, name string) (context.Context, *Span) { // want StartSpan:"starts and returns a span"
	ctx, span := tracer.Start(ctx, name)
	return ctx, &Span{span: span}
}

// Embedded embeds the span: its End is the span's.
type Embedded struct {
	trace.Span
	name string
}

// Begin starts a span in the embedding wrapper.
func Begin(ctx context.Context, name string) *Embedded { // want Begin:"starts and returns a span"
	_, span := tracer.Start(ctx, name)
	return &Embedded{Span: span, name: name}
}

// Holder holds a span but nothing of it ends it: not a wrapper.
type Holder struct{ span trace.Span }

// Hold keeps a span.
func Hold(ctx context.Context) *Holder {
	_, span := tracer.Start(ctx, "hold")
	return &Holder{span: span}
}
