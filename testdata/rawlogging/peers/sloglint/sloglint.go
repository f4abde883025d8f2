// Package sloglint holds the shapes of slog calls without the context
// in scope that the sloglint linter's suite expects (its context rule;
// its style rules are not otellint's concern).
package sloglint

import (
	"context"
	"log/slog"
	"net/http"
)

// withParam's ctx is a bare parameter, not known to carry a span (a
// component's run context may carry none): silent, where sloglint reports.
func withParam(ctx context.Context) {
	slog.Info("step")
	slog.InfoContext(ctx, "step")

	_ = func() {
		slog.Info("step")
		slog.InfoContext(ctx, "step")
	}
}

func withRequest(w http.ResponseWriter, r *http.Request) {
	slog.Info("step") // want `call InfoContext\(r.Context\(\), ...\)`
	slog.InfoContext(r.Context(), "step")

	_ = func() {
		slog.Info("step") // want `call InfoContext\(r.Context\(\), ...\)`
		slog.InfoContext(r.Context(), "step")
	}
}

func withoutContext() {
	// No context in scope: nothing to correlate the line with.
	slog.Info("step")
	slog.InfoContext(context.Background(), "step")

	_ = func(ctx context.Context) {
		slog.Info("step") // a bare parameter: silent
		slog.InfoContext(ctx, "step")
	}
}

func logger(ctx context.Context, l *slog.Logger) {
	l.Warn("step") // a bare parameter: silent
	l.WarnContext(ctx, "step")
}
