// Package optin shows no evidence that its logs carry the context, as
// package none; with handlers-read-context its calls that drop the
// context in scope are reported all the same.
package optin

import (
	"context"
	"log/slog"
	"net/http"

	"go.opentelemetry.io/otel"
)

type readHandler struct{ logger *slog.Logger }

func (h *readHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, span := otel.Tracer("remote").Start(r.Context(), "remote_read")
	defer span.End()
	h.logger.Error("error reading samples") // want `Error drops the context in scope, so the line carries no trace_id; call ErrorContext\(ctx, ...\)`
	_ = ctx
}

func (h *readHandler) stop() {
	h.logger.LogAttrs(context.Background(), slog.LevelInfo, "stopping")
}
