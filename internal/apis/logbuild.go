package apis

// How loggers are built: some constructors make a logger together with
// its encoder and sink; others wrap a core, handler or logger given to
// them, which is cheap unless that argument is itself built on the spot.
var (
	// LoggerBuilders build a logger and its sink from nothing.
	LoggerBuilders = []string{ZapPkg + ".NewProduction", ZapPkg + ".NewDevelopment", ZapPkg + ".NewExample", LogrusNew}

	// LoggerWrappers build a logger around their first argument: a
	// zapcore.Core, a slog.Handler or a *zap.Logger.
	LoggerWrappers = []string{ZapPkg + ".New", SlogNew, OtelzapNew}
)

func init() {
	def(LoggerBuilders...)
	def(LoggerWrappers...)
}
