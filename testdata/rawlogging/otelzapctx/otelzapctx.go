// Package otelzapctx logs through the otelzap bridge, sometimes without
// handing it the context.
package otelzapctx

import (
	"context"
	"go.opentelemetry.io/otel"

	"github.com/uptrace/opentelemetry-go-extra/otelzap"
	"go.uber.org/zap"
)

type Service struct {
	logger *otelzap.Logger
	sugar  *otelzap.SugaredLogger
	plain  *zap.Logger
}

func (s *Service) CreateOrder(ctx context.Context, id string) {
	ctx, span := otel.Tracer("orders").Start(ctx, "create")
	defer span.End()
	s.logger.Info("order creation started", zap.String("order_id", id)) // want `Info drops the context in scope, so the line carries no trace_id; log through s.logger.Ctx\(ctx\).Info`
	s.logger.Ctx(ctx).Info("order creation completed", zap.String("order_id", id))
	s.logger.InfoContext(ctx, "order stored")
	s.sugar.Infow("stored", "order_id", id) // want `Infow drops the context in scope`
	s.sugar.Ctx(ctx).Infow("stored", "order_id", id)
	otelzap.L().Error("failed") // want `Error drops the context in scope`
	s.plain.Warn("plain zap")   // want `zap Warn drops the context in scope, so the line carries no trace_id; log through an otelzap logger's Ctx\(ctx\)`
}

func (s *Service) Sweep() {
	s.logger.Info("no context in scope")
}
