// Package foreign shows spans taken from the caller's context.
package foreign

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("foreign")

func work(context.Context) {}

func endsCallers(ctx context.Context) { // want endsCallers:"ends the span in ctx"
	span := trace.SpanFromContext(ctx)
	defer span.End() // want `this ends the caller's span`
	work(ctx)
}

func direct(ctx context.Context) { // want direct:"ends the span in ctx"
	defer trace.SpanFromContext(ctx).End() // want `this ends the caller's span`
}

func handler(w http.ResponseWriter, r *http.Request) {
	span := trace.SpanFromContext(r.Context())
	span.AddEvent("handled")
	span.End() // want `this ends the caller's span`
}

// Only annotating the caller's span is fine.
func annotates(ctx context.Context) {
	span := trace.SpanFromContext(ctx)
	span.SetAttributes()
	span.AddEvent("x")
}

// Its own span, reached through the context.
func own(ctx context.Context) {
	ctx, _ = tracer.Start(ctx, "own")
	defer trace.SpanFromContext(ctx).End()
	work(ctx)
}

func ownVar(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "ownVar")
	defer span.End()
	s := trace.SpanFromContext(ctx)
	s.AddEvent("x")
}

// The variable is reassigned to a started span.
func reassigned(ctx context.Context) {
	span := trace.SpanFromContext(ctx)
	span.AddEvent("x")
	_, span = tracer.Start(ctx, "reassigned")
	span.End()
}
