// Package loggers builds loggers on the hot path and at start-up.
package loggers

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.opentelemetry.io/contrib/bridges/otelslog"
	"go.opentelemetry.io/otel/log/global"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

var base = zap.Must(zap.NewProduction())

func NewServer() *http.ServeMux { // want NewServer:"creates logger zap.NewProduction"
	logger, _ := zap.NewProduction() // set-up: fine
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", func(w http.ResponseWriter, r *http.Request) {
		l, _ := zap.NewProduction() // want `logger zap.NewProduction is created in request-scoped code \(HTTP handler closure\): it builds its encoder and sink on every call and drops the configuration of the program's logger; build it once at start-up, pass it in, and derive request loggers with With`
		l.Info("order")
		logger.With(zap.String("path", r.URL.Path)).Info("order")
	})
	return mux
}

func handleOrders(w http.ResponseWriter, r *http.Request) {
	// Building a slog or logrus logger costs what deriving one with With
	// costs: neither is reported.
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	log.InfoContext(r.Context(), "order")
	entry := logrus.New()
	entry.Info("x")
	// Deriving from an existing logger is cheap.
	derived := slog.New(slog.Default().Handler().WithAttrs([]slog.Attr{slog.String("path", r.URL.Path)}))
	derived.InfoContext(r.Context(), "order")
	z := zap.New(base.Core())
	z.Info("x")
	child := base.With(zap.String("path", r.URL.Path))
	child.Info("x")
}

func (s *Server) Charge(ctx context.Context, req *ChargeRequest) (*ChargeResponse, error) {
	// A zap logger of a core built on the spot, and a zerolog console
	// logger, cost about as much as a derivation: not reported.
	core := zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(os.Stdout), zapcore.InfoLevel)
	l := zap.New(zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(os.Stdout), zapcore.InfoLevel))
	_ = zap.New(core)
	_ = l
	zl := zerolog.New(os.Stdout)
	_ = zl
	console := zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr})
	_ = console
	// A sampler allocates its table of counters: reported, whatever core it samples.
	sampled := zap.New(zapcore.NewSamplerWithOptions(base.Core(), time.Second, 100, 100)) // want `log sampler zapcore.NewSamplerWithOptions is created in request-scoped code \(RPC method Charge\): it allocates its table of counters \(about 460 KB\) on every call, and a sampler made per request samples nothing; sample the program's core once at start-up`
	_ = sampled
	built, _ := zap.NewProductionConfig().Build() // want `logger zap.Config.Build is created in request-scoped code \(RPC method Charge\)`
	_ = built
	dev, _ := zap.NewDevelopment() // want `logger zap.NewDevelopment is created in request-scoped code \(RPC method Charge\): it builds its encoder and sink on every call`
	_ = dev
	bridged := otelslog.NewLogger("shop") // want `logger otelslog.NewLogger is created in request-scoped code \(RPC method Charge\): a lock and a map lookup on every call`
	_ = bridged
	otelLogger := global.GetLoggerProvider().Logger("shop") // want `logger log.LoggerProvider.Logger is created in request-scoped code \(RPC method Charge\): a lock and a map lookup on every call`
	_ = otelLogger
	return nil, nil
}

type (
	Server         struct{ cached *zap.Logger }
	ChargeRequest  struct{}
	ChargeResponse struct{}
)

// Good: built once, on the first request.
func (s *Server) Refund(ctx context.Context, req *ChargeRequest) (*ChargeResponse, error) {
	if s.cached == nil {
		s.cached, _ = zap.NewProduction()
	}
	s.cached.Info("refund")
	return nil, nil
}

func workers(names []string) {
	for _, n := range names {
		l, _ := zap.NewDevelopment() // want `logger zap.NewDevelopment is created in request-scoped code \(loop body\)`
		l.Info(n)
	}
}

func init() {
	for range 3 {
		l, _ := zap.NewDevelopment() // init: fine
		_ = l
	}
}
