// Package freshonly calls the getter only with a fresh root context: its
// entries never carry a span, so nothing shows that its log pipeline reads
// the context.
package freshonly

import (
	"context"

	"go.opentelemetry.io/otel"

	"otellint.test/rawlogging/logctx/ctxlog"
)

func Start(ctx context.Context) {
	ctx, span := otel.Tracer("daemon").Start(ctx, "start")
	defer span.End()
	ctxlog.Get(context.Background()).Info("starting")
	ctxlog.L.Info("started")
}
