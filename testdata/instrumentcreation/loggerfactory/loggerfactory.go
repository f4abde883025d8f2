// Package loggerfactory builds the service's logger in a factory that
// takes the start-up context and returns the logger: the factory is not
// request-scoped for taking a context; its callers decide.
package loggerfactory

import (
	"context"
	"net/http"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// Config configures the service's logs.
type Config struct {
	Zap      zap.Config
	Sampling bool
}

// Factory holds the functions that build the service's telemetry.
type Factory struct {
	CreateLogger func(context.Context, Config) (*zap.Logger, error)
}

// NewFactory gives the factory its logger constructor.
func NewFactory() Factory {
	return Factory{CreateLogger: createLogger}
}

// createLogger builds the logger from the configuration: a factory, run
// once when the service starts.
func createLogger(ctx context.Context, cfg Config) (*zap.Logger, error) { // want createLogger:"creates logger zap.Config.Build"
	l, err := cfg.Zap.Build()
	if err != nil {
		return nil, err
	}
	if cfg.Sampling {
		l = l.WithOptions(zap.WrapCore(func(c zapcore.Core) zapcore.Core {
			return zapcore.NewSamplerWithOptions(c, time.Second, 100, 100)
		}))
	}
	return l, nil
}

// Twin: a function that takes a request's context and builds a logger
// for its own use, returning none.
func export(ctx context.Context, cfg Config) error {
	l, err := cfg.Zap.Build() // want `logger zap.Config.Build is created in request-scoped code \(function export that takes a request context\)`
	if err != nil {
		return err
	}
	l.Info("export")
	return nil
}

// Twin: a handler calling the factory builds a logger per request, and
// is reported at the call.
func handleExport(w http.ResponseWriter, r *http.Request) {
	l, _ := createLogger(r.Context(), Config{Zap: zap.NewProductionConfig()}) // want `call to "createLogger" creates logger zap.Config.Build in request-scoped code \(HTTP handler handleExport\)`
	l.Info("export")
}
