package apis

// How loggers are built: some constructors make a logger together with
// its encoder and sink; others wrap a core, handler, writer or logger
// given to them, which is cheap unless that argument is itself built on
// the spot; an OpenTelemetry logger provider hands out its loggers from a
// registry, like a tracer provider its tracers.
const (
	LogAPIPkg   = "go.opentelemetry.io/otel/log"
	OtelslogPkg = "go.opentelemetry.io/contrib/bridges/otelslog"

	// LoggerProviderLogger gets a logger of an OpenTelemetry logger
	// provider (global.GetLoggerProvider().Logger("shop"), or the SDK's).
	LoggerProviderLogger = "(" + LogAPIPkg + ".LoggerProvider).Logger"
)

var (
	// LoggerBuilders build a logger and its sink from nothing.
	LoggerBuilders = []string{ZapPkg + ".NewProduction", ZapPkg + ".NewDevelopment", ZapPkg + ".NewExample",
		m(ZapPkg+".Config", "Build"), LogrusNew, OtelslogPkg + ".NewLogger"}

	// LoggerWrappers build a logger around their first argument: a
	// zapcore.Core, a slog.Handler, a *zap.Logger or an io.Writer.
	LoggerWrappers = []string{ZapPkg + ".New", SlogNew, OtelzapNew, ZerologNew}
)

func init() {
	pkgs(LogAPIPkg)
	registerInterface(LogAPIPkg+".LoggerProvider", "Logger")
	def(LoggerBuilders...)
	def(LoggerWrappers...)
	def(LoggerProviderLogger)
}
