// Package none logs through slog without ever handing a context to its
// log pipeline, like a service whose handler is a plain text or JSON
// handler: a call that drops the context in scope loses no trace_id, as
// the handler would not read one. Nothing is reported.
package none

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"go.opentelemetry.io/otel"
)

type readHandler struct{ logger *slog.Logger }

// ServeHTTP starts a span from the request: its ctx carries a trace that
// the package's handler would drop anyway.
func (h *readHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, span := otel.Tracer("remote").Start(r.Context(), "remote_read")
	defer span.End()
	if err := h.read(ctx); err != nil {
		h.logger.Error("error reading samples", "err", err)
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	slog.Info("read done")
}

func (h *readHandler) read(ctx context.Context) error { return ctx.Err() }

type group struct{ logger *slog.Logger }

// eval runs a rule in its span.
func (g *group) eval(ctx context.Context) {
	ctx, sp := otel.Tracer("rules").Start(ctx, "rule")
	defer sp.End()
	g.logger.Warn("evaluating rule failed")
	_ = ctx
}

// A fresh root is not the context of a record: these calls hand the
// handler nothing it could read.
func (g *group) shutdown() {
	g.logger.LogAttrs(context.Background(), slog.LevelInfo, "stopping")
	ctx, cancel := context.WithTimeout(context.TODO(), time.Second)
	defer cancel()
	g.logger.InfoContext(ctx, "stopped")
	slog.Log(nil, slog.LevelDebug, "nil context")
}

// textHandler wraps a handler and ignores each record's context, like a
// logger adapter's: a handler of the package that reads no context.
type textHandler struct{ slog.Handler }

func (h textHandler) Handle(_ context.Context, r slog.Record) error {
	return h.Handler.Handle(context.Background(), r)
}

// notHandler has a Handle method but is no slog.Handler.
type notHandler struct{}

func (notHandler) Handle(ctx context.Context, msg string) error { return ctx.Err() }
