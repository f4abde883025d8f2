// Package derivedloggers gives each module a logger made of the
// program's configured cores: a tee of existing cores builds no encoder
// and no sink, so it is a derivation, not a new logger.
package derivedloggers

import (
	"log/slog"
	"net/http"
	"os"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// Logging holds the outputs configured at start-up.
type Logging struct {
	outputs []zapcore.Core
	quiet   bool
}

// levelCore drops the entries below a level of the core it wraps.
type levelCore struct {
	zapcore.Core
	min zapcore.Level
}

// NewOutput builds an output writing JSON to standard output.
func NewOutput() zapcore.Core {
	return zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(os.Stdout), zapcore.InfoLevel)
}

// Logger returns the logger of a module: a tee of the configured cores,
// some wrapped by a level filter.
func (l *Logging) Logger(name string) *zap.Logger {
	var cores []zapcore.Core
	for _, c := range l.outputs {
		if l.quiet {
			cores = append(cores, &levelCore{Core: c, min: zapcore.WarnLevel})
			continue
		}
		cores = append(cores, c)
	}
	return zap.New(zapcore.NewTee(cores...)).Named(name)
}

// Fresh builds a tee that includes a new core: each call builds an
// encoder and a sink.
func (l *Logging) Fresh(name string) *zap.Logger { // want Fresh:"creates logger zap.New"
	cores := l.outputs
	cores = append(cores, NewOutput())
	return zap.New(zapcore.NewTee(cores...)).Named(name)
}

var logging = &Logging{outputs: []zapcore.Core{NewOutput()}}

var base = zap.New(NewOutput())

func handleDerived(w http.ResponseWriter, r *http.Request) {
	logging.Logger("orders").Info("order")
	zap.New(zapcore.NewTee(base.Core(), logging.outputs[0])).Info("order")
	zap.New(zapcore.NewSamplerWithOptions(base.Core(), time.Second, 10, 10)).Info("order")
	zap.New(zapcore.NewTee(&levelCore{Core: base.Core()})).Info("order")
	slog.New(slog.NewMultiHandler(slog.Default().Handler())).Info("order")
}

// Positive twins: a tee or a fan-out that includes a core or a handler
// built on the spot builds it on every request.
func handleFresh(w http.ResponseWriter, r *http.Request) {
	logging.Fresh("orders").Info("order")                                                  // want `call to "Fresh" creates logger zap.New in request-scoped code \(HTTP handler handleFresh\)`
	zap.New(zapcore.NewTee(base.Core(), NewOutput())).Info("order")                        // want `logger zap.New is created in request-scoped code \(HTTP handler handleFresh\)`
	zap.New(zapcore.NewTee(&levelCore{Core: NewOutput()})).Info("order")                   // want `logger zap.New is created in request-scoped code \(HTTP handler handleFresh\)`
	zap.New(zapcore.NewSamplerWithOptions(NewOutput(), time.Second, 10, 10)).Info("order") // want `logger zap.New is created in request-scoped code \(HTTP handler handleFresh\)`
	cores := []zapcore.Core{base.Core(), NewOutput()}
	zap.New(zapcore.NewTee(cores...)).Info("order")                                   // want `logger zap.New is created in request-scoped code \(HTTP handler handleFresh\)`
	slog.New(slog.NewMultiHandler(slog.NewJSONHandler(os.Stdout, nil))).Info("order") // want `logger slog.New is created in request-scoped code \(HTTP handler handleFresh\)`
}
