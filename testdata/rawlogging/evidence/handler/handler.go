// Package handler defines a slog handler that reads the span from each
// record's context: a call that drops the context gives it none to read.
package handler

import (
	"context"
	"log/slog"
	"net/http"

	"go.opentelemetry.io/otel/trace"
)

// traceHandler adds the trace ID of the record's context.
type traceHandler struct{ slog.Handler }

func (h traceHandler) Handle(ctx context.Context, r slog.Record) error {
	if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
		r.AddAttrs(slog.String("trace_id", sc.TraceID().String()))
	}
	return h.Handler.Handle(ctx, r)
}

func serve(w http.ResponseWriter, r *http.Request) {
	slog.Info("served") // want `Info drops the context in scope, so the line carries no trace_id; call InfoContext\(r.Context\(\), ...\)`
}
