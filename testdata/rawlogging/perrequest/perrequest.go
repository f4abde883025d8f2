// Package perrequest builds loggers on the hot path and at start-up.
package perrequest

import (
	"context"
	"log/slog"
	"net/http"
	"os"

	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

var base = zap.Must(zap.NewProduction())

func NewServer() *http.ServeMux {
	logger, _ := zap.NewProduction() // set-up: fine
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", func(w http.ResponseWriter, r *http.Request) {
		l, _ := zap.NewProduction() // want `zap.NewProduction builds a new logger in HTTP handler closure, once per request or iteration; build it once at start-up and pass it in, deriving request loggers with With`
		l.Info("order")
		logger.With(zap.String("path", r.URL.Path)).Info("order")
	})
	return mux
}

func handleOrders(w http.ResponseWriter, r *http.Request) {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil)) // want `slog.New builds a new logger in HTTP handler handleOrders`
	log.InfoContext(r.Context(), "order")
	entry := logrus.New() // want `logrus.New builds a new logger in HTTP handler handleOrders`
	entry.Info("x")
	// Deriving from an existing logger is cheap.
	derived := slog.New(slog.Default().Handler().WithAttrs([]slog.Attr{slog.String("path", r.URL.Path)}))
	derived.InfoContext(r.Context(), "order")
	z := zap.New(base.Core())
	z.Info("x")
}

func (s *Server) Charge(ctx context.Context, req *ChargeRequest) (*ChargeResponse, error) {
	core := zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(os.Stdout), zapcore.InfoLevel)
	l := zap.New(zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(os.Stdout), zapcore.InfoLevel)) // want `zap.New builds a new logger in RPC method Charge`
	_ = zap.New(core)
	_ = l
	zl := zerolog.New(os.Stdout) // zerolog.New only wraps the writer: cheap
	_ = zl
	return nil, nil
}

type (
	Server         struct{}
	ChargeRequest  struct{}
	ChargeResponse struct{}
)

func workers(names []string) {
	for _, n := range names {
		l, _ := zap.NewDevelopment() // want `zap.NewDevelopment builds a new logger in loop body`
		l.Info(n)
	}
}

func init() {
	for range 3 {
		l, _ := zap.NewDevelopment() // init: fine
		_ = l
	}
}
