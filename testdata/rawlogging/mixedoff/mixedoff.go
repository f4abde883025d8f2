// Package mixedoff mixes loggers, but no team logger is named: silent.
package mixedoff

import (
	"log/slog"

	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

func f(logger *zap.Logger) {
	logger.Info("zap")
	logrus.Info("logrus")
	slog.Info("slog")
}
