// Package bridge logs through the OpenTelemetry slog bridge: its records
// reach a handler that takes the span from their context.
package bridge

import (
	"context"
	"log/slog"

	"go.opentelemetry.io/contrib/bridges/otelslog"
	"go.opentelemetry.io/otel"
)

var logger = otelslog.NewLogger("orders")

func place(ctx context.Context, id string) {
	ctx, span := otel.Tracer("orders").Start(ctx, "place")
	defer span.End()
	logger.Info("placing", "order_id", id) // want `Info drops the context in scope, so the line carries no trace_id; call InfoContext\(ctx, ...\)`
	slog.Warn("slow")                      // want `Warn drops the context in scope`
}
