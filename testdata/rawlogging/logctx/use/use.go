// Package use logs through an entry kept in the context, and sometimes
// through the package-level entry beside it.
package use

import (
	"context"

	"go.opentelemetry.io/otel"

	"otellint.test/rawlogging/logctx/ctxlog"
	"otellint.test/rawlogging/logctx/plainlog"
)

func Pull(ctx context.Context, ref string) error {
	ctx, span := otel.Tracer("images").Start(ctx, "pull")
	defer span.End()
	ctxlog.Get(ctx).WithField("ref", ref).Info("pulling")
	ctxlog.L.Info("pulled")                                  // want `Info drops the context in scope, so the line carries no trace_id; log through ctxlog.Get\(ctx\)`
	ctxlog.L.WithField("ref", ref).Warn("slow registry")     // want `Warn drops the context in scope, so the line carries no trace_id; log through ctxlog.Get\(ctx\)`
	ctxlog.L.WithError(nil).WithContext(ctx).Error("failed") // the entry carries the context
	plainlog.L.Info("no getter to use")                      // plainlog has no getter
	return nil
}

// sweep has a context that carries no span: nothing to correlate with.
func sweep(ctx context.Context) {
	ctxlog.L.Info("sweeping")
	_ = ctx
}

// noContext has no context in scope.
func noContext() {
	ctxlog.L.Info("starting")
}
