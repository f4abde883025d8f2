// Package zapnobridge logs through zap without the otelzap bridge: zap
// calls cannot take the context, so they are not reported.
package zapnobridge

import (
	"context"

	"go.uber.org/zap"
)

func handle(ctx context.Context, logger *zap.Logger) {
	logger.Info("handled")
	_ = ctx
}
