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

	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"github.com/uptrace/opentelemetry-go-extra/otelzap"
	"go.opentelemetry.io/contrib/bridges/otelslog"
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

func builds(core zapcore.Core, h slog.Handler) {
	p, _ := zap.NewProduction()               // build: builder
	d, _ := zap.NewDevelopment()              // build: builder
	e := zap.NewExample()                     // build: builder
	r := logrus.New()                         // build: builder
	n := zap.New(core)                        // build: wrapper
	s := slog.New(h)                          // build: wrapper
	o := otelzap.New(e)                       // build: wrapper
	g := zap.L()                              // build: none
	def := slog.Default()                     // build: none
	mine, _ := NewProduction()                // build: none
	w := wrap(e)                              // build: none
	t := slog.New(newHandler(os.Stderr))      // build: wrapper
	c, _ := zap.NewProductionConfig().Build() // build: builder
	ol := otelslog.NewLogger("shop")          // build: builder
	zl := zerolog.New(os.Stderr)              // build: wrapper
	zc := zl.With().Logger()                  // build: none
	use(p, d, r, n, s, o, g, def, mine, w, t, c, ol, zl, zc)
}
