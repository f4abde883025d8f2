// Package logging exercises the logging tables on real calls: each call
// on a line ending with a "family:" comment belongs to that logging
// family ("none": to no family), and each call on a line ending with a
// "build:" comment builds a logger that way.
package logging

import (
	"context"
	"fmt"
	"io"
	"log"
	"log/slog"
	"os"
	"time"

	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"github.com/uptrace/opentelemetry-go-extra/otelzap"
	"go.opentelemetry.io/contrib/bridges/otelslog"
	otellog "go.opentelemetry.io/otel/log"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// own has methods named like the loggers' but is not one of them.
type own struct{}

func (own) Info(msg string)                   {}
func (own) Printf(format string, args ...any) {}
func Println(args ...any)                     {}
func NewProduction() (*zap.Logger, error)     { return zap.NewNop(), nil }
func newHandler(w io.Writer) slog.Handler     { return slog.NewTextHandler(w, nil) }
func wrap(l *zap.Logger) *otelzap.Logger      { return otelzap.New(l) }
func use(args ...any)                         {}

func families(ctx context.Context, zl *zap.Logger, ol *otelzap.Logger, sl *slog.Logger, lg *logrus.Logger, zr zerolog.Logger, std *log.Logger) {
	zl.Info("m")                     // family: zap
	zl.Sugar().Infow("m", "k", "v")  // family: zap
	ol.Ctx(ctx).Info("m")            // family: zap
	slog.Info("m")                   // family: slog
	sl.Warn("m")                     // family: slog
	logrus.Info("m")                 // family: logrus
	lg.WithField("k", "v").Info("m") // family: logrus
	zr.Info().Str("k", "v").Msg("m") // family: zerolog
	zlog.Info().Msg("m")             // family: zerolog
	log.Printf("m")                  // family: log
	std.Println("m")                 // family: log
	fmt.Println("m")                 // family: fmt
	fmt.Fprintf(os.Stderr, "m")      // family: fmt
	own{}.Info("m")                  // family: none
	own{}.Printf("m")                // family: none
	Println("m")                     // family: none
	use(context.Background())        // family: none
}

func builds(core zapcore.Core, h slog.Handler, lp otellog.LoggerProvider) {
	p, _ := zap.NewProduction()                                   // build: costly
	d, _ := zap.NewDevelopment()                                  // build: costly
	e := zap.NewExample()                                         // build: cheap
	r := logrus.New()                                             // build: cheap
	n := zap.New(core)                                            // build: cheap
	s := slog.New(h)                                              // build: cheap
	o := otelzap.New(e)                                           // build: cheap
	g := zap.L()                                                  // build: none
	def := slog.Default()                                         // build: none
	mine, _ := NewProduction()                                    // build: none
	w := wrap(e)                                                  // build: none
	t := slog.New(newHandler(os.Stderr))                          // build: cheap
	c, _ := zap.NewProductionConfig().Build()                     // build: costly
	ol := otelslog.NewLogger("shop")                              // build: lookup
	pl := lp.Logger("shop")                                       // build: lookup
	zl := zerolog.New(os.Stderr)                                  // build: cheap
	zc := zl.With().Logger()                                      // build: none
	sc := zapcore.NewSamplerWithOptions(core, time.Second, 10, 1) // build: sampler
	so := zapcore.NewSampler(core, time.Second, 10, 1)            // build: sampler
	tee := zapcore.NewTee(core, core)                             // build: none
	use(p, d, r, n, s, o, g, def, mine, w, t, c, ol, pl, zl, zc, sc, so, tee)
}
