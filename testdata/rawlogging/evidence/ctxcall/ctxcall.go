// Package ctxcall hands the context to a log call in one function: its
// handler reads the context, so the calls that drop one elsewhere lose
// the line's trace_id.
package ctxcall

import (
	"context"
	"log/slog"
	"net/http"

	"go.opentelemetry.io/otel"
)

type server struct{ logger *slog.Logger }

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, span := otel.Tracer("api").Start(r.Context(), "get")
	defer span.End()
	s.logger.Error("lookup failed") // want `Error drops the context in scope, so the line carries no trace_id; call ErrorContext\(ctx, ...\)`
	_ = ctx
}

// audit is the one function that logs with the context.
func (s *server) audit(ctx context.Context, user string) {
	s.logger.InfoContext(ctx, "audited", "user", user)
}
