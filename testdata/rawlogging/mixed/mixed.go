// Package mixed logs through zap, the team's logger, and also through
// logrus, slog and the standard log package: checked with
// -rawlogging.logger=zap.
package mixed

import (
	"context"
	"log"
	"log/slog"

	kitlog "github.com/go-kit/log"
	"github.com/go-kit/log/level"
	"github.com/open-policy-agent/opa/v1/logging"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

func first(logger *zap.Logger) {
	logger.Info("zap is the team's logger")
	logrus.WithField("order_id", "o-1").Info("created") // want `package logs through logrus beside the team's logger zap; use zap so that every line has the same fields and carries trace_id`
	logrus.Info("again: reported once per package")
	slog.Info("migrating") // want `package logs through slog beside the team's logger zap`
	slog.Warn("once")
}

func second() {
	log.Printf("legacy %d", 1) // want `package logs through the standard log package beside the team's logger zap` `log.Printf writes unstructured text`
	log.Println("once")        // want `log.Println writes unstructured text`
	zap.L().Info("the team's logger")
}

// third logs through go-kit and OPA's logger with a context in scope:
// neither can take it (go-kit's Logger has no way to; OPA's standard
// logger drops it), so neither is an uncorrelated-log finding.
func third(ctx context.Context, kl kitlog.Logger, opa logging.Logger) {
	level.Info(kl).Log("msg", "go-kit beside zap") // want `package logs through gokit beside the team's logger zap`
	kitlog.With(kl, "k", "v").Log("msg", "once")
	opa.Info("OPA's logger is its own API, not a library a team picks")
	_ = ctx
}
