// Package foreignhook starts spans in a start hook and ends them in an end
// hook, handing them over in the context: ending the context's span is its
// protocol.
package foreignhook

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

type tracer struct{ t trace.Tracer }

func newTracer() *tracer { return &tracer{t: otel.Tracer("hook")} }

func (h *tracer) QueryStart(ctx context.Context, sql string) context.Context {
	ctx, _ = h.t.Start(ctx, "query")
	return ctx
}

func (h *tracer) QueryEnd(ctx context.Context, err error) { // want QueryEnd:"ends the span in ctx, sets error status on the span in ctx"
	span := trace.SpanFromContext(ctx)
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
	}
	span.End()
}
