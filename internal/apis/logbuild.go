package apis

import "go/types"

// How loggers are built, and what building one costs. Measured with
// "go test -bench" (Go 1.26, amd64; zap 1.28, logrus 1.10, zerolog 1.35,
// otelslog 0.21, OpenTelemetry log SDK 0.23), in time and allocations per
// logger built, beside the yardstick of deriving a logger from an
// existing one, which is what the program should do per request:
//
//	base.With(zap.String(k, v))                      2.8 µs   7 allocs  1.4 KB
//	logrus base.WithField(k, v)                      0.9 µs   4 allocs  0.5 KB
//	slog base.With(k, v)                             1.0 µs   6 allocs  0.2 KB
//	zerolog base.With().Str(k, v).Logger()           0.7 µs   2 allocs  0.6 KB
//
// The cheap constructors cost no more than that:
//
//	zap.NewExample(), zap.New(zapcore.NewCore(...)) 3.9 µs   8 allocs  1.6 KB
//	logrus.New() (+SetFormatter, SetLevel)           0.5-0.9 µs  3-4 allocs  0.3 KB
//	slog.New(slog.NewJSONHandler(w, nil))            0.4 µs   4 allocs  0.2 KB
//	zerolog.New(w), zerolog.New(ConsoleWriter{...})  0.6-0.8 µs  2-3 allocs  0.4 KB
//	otelzap.New(logger)                              0.4 µs   3 allocs  0.2 KB
//	go-kit log.NewLogfmtLogger(w), NewJSONLogger(w)  0.05-0.1 µs  1 alloc  16 B
//
// (go-kit 0.2.1, beside its own derivation log.With(base, k, v): 0.7 µs,
// 2 allocs, 112 B; a go-kit logger is a writer in a struct.)
//
// The costly ones do more than any derivation:
//
//	zapcore.NewSamplerWithOptions(core, ...)         300 µs   2 allocs  459 KB
//	zap.NewProduction(), a production Config.Build   330 µs  35 allocs  461 KB
//	zap.NewDevelopment(), a Config.Build unsampled    10 µs  30 allocs  2.5 KB
//
// A sampler allocates its table of counters; a zap.Config's Build opens
// each of its output paths (a file path is a file opened per call and
// never closed) through zap's sink registry, and adds a sampler when the
// config samples, as the production one does.
//
// An OpenTelemetry logger provider hands out its loggers from a registry,
// like a tracer provider its tracers: Logger costs 0.25 µs and no
// allocation, otelslog.NewLogger 0.4 µs; they are lookups, whose cost is
// a lock and a map lookup and whose scope name belongs at set-up.
const (
	LogAPIPkg   = "go.opentelemetry.io/otel/log"
	OtelslogPkg = "go.opentelemetry.io/contrib/bridges/otelslog"

	// LoggerProviderLogger gets a logger of an OpenTelemetry logger
	// provider (global.GetLoggerProvider().Logger("shop"), or the SDK's).
	LoggerProviderLogger = "(" + LogAPIPkg + ".LoggerProvider).Logger"
)

var (
	// CostlyLoggerBuilders build a logger, or a part of one, at a cost
	// well above deriving a logger with With (see the measurements above).
	CostlyLoggerBuilders = []string{ZapPkg + ".NewProduction", ZapPkg + ".NewDevelopment",
		m(ZapPkg+".Config", "Build")}

	// LogSamplers build a sampling core around a core: the costliest
	// part of a zap logger.
	LogSamplers = []string{ZapcorePkg + ".NewSampler", ZapcorePkg + ".NewSamplerWithOptions"}

	// LoggerLookups get a logger from an OpenTelemetry logger provider.
	LoggerLookups = []string{LoggerProviderLogger, OtelslogPkg + ".NewLogger"}

	// CheapLoggerBuilders build a logger at about the cost of deriving
	// one with With (see the measurements above): around a core, handler,
	// writer or logger given to them, or with a fixed encoder and writer.
	// A core, handler or writer built for them costs no more.
	CheapLoggerBuilders = append([]string{ZapPkg + ".New", ZapPkg + ".NewExample", SlogNew, LogrusNew, ZerologNew, OtelzapNew}, KitNewLogger...)

	// LoggerTypes are the types of loggers, and of the cores and handlers
	// they are made of.
	LoggerTypes = []string{ZapLogger, ZapSugared, ZapcorePkg + ".Core", SlogLogger, SlogPkg + ".Handler",
		LogrusPkg + ".Logger", LogrusEntry, ZerologPkg + ".Logger", LogAPIPkg + ".Logger", OtelzapPkg + ".Logger",
		KitLogPkg + ".Logger", OPALoggingPkg + ".Logger"}
)

// IsLoggerType reports whether t, or the type t points to, is one of
// LoggerTypes.
func IsLoggerType(t types.Type) bool { return IsTypeIn(t, LoggerTypes) }

func init() {
	pkgs(LogAPIPkg)
	registerInterface(LogAPIPkg+".LoggerProvider", "Logger")
	def(CostlyLoggerBuilders...)
	def(LogSamplers...)
	def(LoggerLookups...)
	def(CheapLoggerBuilders...)
}
