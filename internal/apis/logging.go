package apis

// Logging packages.
const (
	ZapPkg      = "go.uber.org/zap"
	ZapcorePkg  = "go.uber.org/zap/zapcore"
	SlogPkg     = "log/slog"
	LogrusPkg   = "github.com/sirupsen/logrus"
	ZerologPkg  = "github.com/rs/zerolog"
	ZerologLog  = "github.com/rs/zerolog/log"
	StdLogPkg   = "log"
	FmtPkg      = "fmt"
	OtelzapPkg  = "github.com/uptrace/opentelemetry-go-extra/otelzap"
	ZapLogger   = ZapPkg + ".Logger"
	ZapSugared  = ZapPkg + ".SugaredLogger"
	SlogLogger  = SlogPkg + ".Logger"
	LogrusEntry = LogrusPkg + ".Entry"
	LogrusLog   = LogrusPkg + ".Logger"
	ZerologEvt  = ZerologPkg + ".Event"
	ZerologLgr  = ZerologPkg + ".Logger"
	StdLogger   = StdLogPkg + ".Logger"
)

var logLevels = []string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal"}

// Zap.
var (
	ZapLoggerLog = methods(ZapLogger, "Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal", "Log")
	ZapSugarLog  = methods(ZapSugared,
		"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal",
		"Debugf", "Infof", "Warnf", "Errorf", "DPanicf", "Panicf", "Fatalf",
		"Debugw", "Infow", "Warnw", "Errorw", "DPanicw", "Panicw", "Fatalw",
		"Debugln", "Infoln", "Warnln", "Errorln", "DPanicln", "Panicln", "Fatalln",
		"Log", "Logf", "Logw", "Logln")
	ZapSugarW    = methods(ZapSugared, "Debugw", "Infow", "Warnw", "Errorw", "DPanicw", "Panicw", "Fatalw", "Logw", "With")
	ZapWith      = []string{m(ZapLogger, "With"), m(ZapSugared, "With")}
	ZapNewLogger = funcs(ZapPkg, "New", "NewProduction", "NewDevelopment", "NewExample", "Must")
	// ZapFieldFuncs are zap's field constructors whose first argument is the key.
	ZapFieldFuncs = funcs(ZapPkg,
		"String", "Strings", "Stringp", "Stringer", "ByteString", "ByteStrings", "Binary",
		"Any", "Bool", "Boolp", "Bools", "Int", "Intp", "Ints", "Int64", "Int64p", "Int64s",
		"Int32", "Int32p", "Int32s", "Int16", "Int8", "Uint", "Uint64", "Uint32", "Uint16", "Uint8", "Uintptr",
		"Float64", "Float64p", "Float64s", "Float32", "Float32p", "Float32s",
		"Complex128", "Complex64", "Duration", "Durationp", "Durations", "Time", "Timep", "Times",
		"Reflect", "Object", "Array", "Inline", "Dict", "NamedError", "Objects", "ObjectValues", "Stringers")
	ZapError = ZapPkg + ".Error"
)

// Otelzap, the OTel bridge for zap that takes the context.
var (
	OtelzapNew        = OtelzapPkg + ".New"
	OtelzapCtx        = []string{m(OtelzapPkg+".Logger", "Ctx"), m(OtelzapPkg+".SugaredLogger", "Ctx")}
	OtelzapLoggerLog  = methods(OtelzapPkg+".Logger", "Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal")
	OtelzapContextLog = methods(OtelzapPkg+".Logger", "DebugContext", "InfoContext", "WarnContext", "ErrorContext", "DPanicContext", "PanicContext", "FatalContext")
	// OtelzapWithCtxLog are the log methods of the loggers Ctx(ctx) returns.
	OtelzapWithCtxLog = append(methods(OtelzapPkg+".LoggerWithCtx", "Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal"),
		methods(OtelzapPkg+".SugaredLoggerWithCtx",
			"Debugf", "Infof", "Warnf", "Errorf", "DPanicf", "Panicf", "Fatalf",
			"Debugw", "Infow", "Warnw", "Errorw", "DPanicw", "Panicw", "Fatalw")...)
	// OtelzapSugarContextLog are the sugared methods that take the context first.
	OtelzapSugarContextLog = methods(OtelzapPkg+".SugaredLogger",
		"DebugfContext", "InfofContext", "WarnfContext", "ErrorfContext", "DPanicfContext", "PanicfContext", "FatalfContext",
		"DebugwContext", "InfowContext", "WarnwContext", "ErrorwContext", "DPanicwContext", "PanicwContext", "FatalwContext")
)

// log/slog.
var (
	SlogFuncs        = funcs(SlogPkg, "Debug", "Info", "Warn", "Error", "Log", "LogAttrs", "DebugContext", "InfoContext", "WarnContext", "ErrorContext")
	SlogNoCtxFuncs   = funcs(SlogPkg, "Debug", "Info", "Warn", "Error")
	SlogLoggerMeth   = methods(SlogLogger, "Debug", "Info", "Warn", "Error", "Log", "LogAttrs", "DebugContext", "InfoContext", "WarnContext", "ErrorContext", "With", "WithGroup")
	SlogNoCtxMethods = methods(SlogLogger, "Debug", "Info", "Warn", "Error")
	SlogAttrFuncs    = funcs(SlogPkg, "String", "Int", "Int64", "Uint64", "Float64", "Bool", "Time", "Duration", "Any", "Group")
	SlogNew          = SlogPkg + ".New"
)

// logrus.
var (
	LogrusLevels = []string{"Trace", "Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic",
		"Tracef", "Debugf", "Infof", "Printf", "Warnf", "Warningf", "Errorf", "Fatalf", "Panicf",
		"Traceln", "Debugln", "Infoln", "Println", "Warnln", "Warningln", "Errorln", "Fatalln", "Panicln"}
	LogrusFuncs      = funcs(LogrusPkg, LogrusLevels...)
	LogrusLoggerLog  = methods(LogrusLog, LogrusLevels...)
	LogrusEntryLog   = methods(LogrusEntry, LogrusLevels...)
	LogrusWithField  = []string{LogrusPkg + ".WithField", m(LogrusLog, "WithField"), m(LogrusEntry, "WithField")}
	LogrusWithFields = []string{LogrusPkg + ".WithFields", m(LogrusLog, "WithFields"), m(LogrusEntry, "WithFields")}
	LogrusWithCtx    = []string{LogrusPkg + ".WithContext", m(LogrusLog, "WithContext"), m(LogrusEntry, "WithContext")}
	LogrusNew        = LogrusPkg + ".New"
)

// zerolog.
var (
	ZerologFieldMethods = methods(ZerologEvt, "Str", "Strs", "Stringer", "Bytes", "Hex", "Interface", "Any", "Int", "Int64", "Float64", "Bool", "Time", "Dur", "IPAddr", "Object", "RawJSON", "Uint64")
	ZerologMsg          = methods(ZerologEvt, "Msg", "Msgf", "Send", "MsgFunc")
	ZerologLevels       = methods(ZerologLgr, "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Panic", "Log", "Print", "Printf")
	ZerologLogFuncs     = funcs(ZerologLog, "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Panic", "Log", "Print", "Printf")
	// ZerologContextFields are the field methods of zerolog.Context (logger.With()).
	ZerologContextFields = methods(ZerologPkg+".Context", "Str", "Strs", "Stringer", "Bytes", "Hex", "Interface", "Any", "RawJSON")
	ZerologNew           = ZerologPkg + ".New"
	ZerologCtx           = []string{ZerologPkg + ".Ctx", m(ZerologEvt, "Ctx"), ZerologLog + ".Ctx"}
)

// Standard library log and fmt.
var (
	StdLogFuncs   = funcs(StdLogPkg, "Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln")
	StdLoggerMeth = methods(StdLogger, "Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln")
	StdLogDefault = StdLogPkg + ".Default"
	StdLogNew     = StdLogPkg + ".New"
	FmtPrint      = funcs(FmtPkg, "Print", "Printf", "Println")
	FmtFprint     = funcs(FmtPkg, "Fprint", "Fprintf", "Fprintln")
	FmtSprint     = funcs(FmtPkg, "Sprint", "Sprintf", "Sprintln", "Errorf")
	// FmtSprintf and FmtErrorf are the members of FmtSprint that take a
	// format, and of them the one that makes an error.
	FmtSprintf = FmtPkg + ".Sprintf"
	FmtErrorf  = FmtPkg + ".Errorf"
)

func init() {
	pkgs(ZapPkg, SlogPkg, LogrusPkg, ZerologPkg, ZerologLog, StdLogPkg, FmtPkg, OtelzapPkg)
	def(ZapLoggerLog...)
	def(ZapSugarLog...)
	def(ZapWith...)
	def(m(ZapLogger, "Sugar"), m(ZapSugared, "Desugar"), ZapPkg+".L", ZapPkg+".S", ZapPkg+".ReplaceGlobals")
	def(ZapNewLogger...)
	def(ZapFieldFuncs...)
	def(ZapError, ZapPkg+".Errors")
	def(OtelzapNew)
	def(OtelzapCtx...)
	def(OtelzapLoggerLog...)
	def(OtelzapContextLog...)
	def(OtelzapWithCtxLog...)
	def(OtelzapSugarContextLog...)
	def(SlogFuncs...)
	def(SlogLoggerMeth...)
	def(SlogAttrFuncs...)
	def(SlogNew, SlogPkg+".Default", SlogPkg+".SetDefault", SlogPkg+".With")
	def(LogrusFuncs...)
	def(LogrusLoggerLog...)
	def(LogrusEntryLog...)
	def(LogrusWithField...)
	def(LogrusWithFields...)
	def(LogrusWithCtx...)
	def(LogrusNew, LogrusPkg+".NewEntry", LogrusPkg+".WithError", m(LogrusLog, "WithError"), m(LogrusEntry, "WithError"))
	def(ZerologFieldMethods...)
	def(ZerologContextFields...)
	def(ZerologMsg...)
	def(ZerologLevels...)
	def(ZerologLogFuncs...)
	def(ZerologNew, m(ZerologEvt, "Err"), m(ZerologLgr, "With"))
	def(ZerologCtx...)
	def(StdLogFuncs...)
	def(StdLoggerMeth...)
	def(StdLogDefault, StdLogNew)
	def(FmtPrint...)
	def(FmtFprint...)
	def(FmtSprint...)
}
