// Package derivedloggers gives each module a logger made of the
// program's configured cores, or of a core built on the spot: either
// costs about what deriving a logger with With costs, so neither is
// reported. A sampler allocates a large table of counters: one made per
// request is reported, whatever core it samples.
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

// Fresh builds a tee that includes a new core: an encoder and a writer
// per call, which cost about what a With costs.
func (l *Logging) Fresh(name string) *zap.Logger {
	cores := l.outputs
	cores = append(cores, NewOutput())
	return zap.New(zapcore.NewTee(cores...)).Named(name)
}

// Sampled builds a sampler of the configured cores on every call.
func (l *Logging) Sampled(name string) *zap.Logger { // want Sampled:"creates log sampler zapcore.NewSamplerWithOptions"
	return zap.New(zapcore.NewSamplerWithOptions(zapcore.NewTee(l.outputs...), time.Second, 100, 100)).Named(name)
}

var logging = &Logging{outputs: []zapcore.Core{NewOutput()}}

var base = zap.New(NewOutput())

// sampled is the program's sampled core, built once.
var sampled = zapcore.NewSamplerWithOptions(base.Core(), time.Second, 100, 100)

func handleDerived(w http.ResponseWriter, r *http.Request) {
	logging.Logger("orders").Info("order")
	logging.Fresh("orders").Info("order")
	zap.New(zapcore.NewTee(base.Core(), logging.outputs[0])).Info("order")
	zap.New(zapcore.NewTee(base.Core(), NewOutput())).Info("order")
	zap.New(zapcore.NewTee(&levelCore{Core: NewOutput()})).Info("order")
	zap.New(sampled).Info("order")
	cores := []zapcore.Core{base.Core(), NewOutput()}
	zap.New(zapcore.NewTee(cores...)).Info("order")
	slog.New(slog.NewMultiHandler(slog.Default().Handler())).Info("order")
	slog.New(slog.NewMultiHandler(slog.NewJSONHandler(os.Stdout, nil))).Info("order")
}

// Positive twins: a sampler made per request, directly or through a
// helper, allocates its counters on every request.
func handleSampled(w http.ResponseWriter, r *http.Request) {
	logging.Sampled("orders").Info("order")                                                // want `call to "Sampled" creates log sampler zapcore.NewSamplerWithOptions in request-scoped code \(HTTP handler handleSampled\)`
	zap.New(zapcore.NewSamplerWithOptions(base.Core(), time.Second, 10, 10)).Info("order") // want `log sampler zapcore.NewSamplerWithOptions is created in request-scoped code \(HTTP handler handleSampled\)`
	zap.New(zapcore.NewSamplerWithOptions(NewOutput(), time.Second, 10, 10)).Info("order") // want `log sampler zapcore.NewSamplerWithOptions is created in request-scoped code \(HTTP handler handleSampled\)`
}
