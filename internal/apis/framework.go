package apis

import (
	"go/types"
	"slices"
)

// The loggers of two microservice frameworks, and what their middleware
// and the standard library hand a logging middleware: the request dumped
// as text, the incoming request of a remote call.
//
// go-zero's logx logs at each level through package functions and the
// methods of its Logger interface: Info(v ...any) prints, Infof(format,
// v ...any) formats, Infov(v any) writes one value whole (as JSON),
// Infow(msg, fields ...LogField) writes a message and fields built by
// logx.Field(key, value); logc has the same functions with a context
// first. go-kratos's log writes key-value pairs after a level through its
// Logger interface's Log, its Helper's Log and ...w methods and
// log.With, and prints and formats through the Helper's level methods
// and the package's.
const (
	GoZeroLogxPkg   = "github.com/zeromicro/go-zero/core/logx"
	GoZeroLogcPkg   = "github.com/zeromicro/go-zero/core/logc"
	KratosLogPkg    = "github.com/go-kratos/kratos/v2/log"
	KratosMWPkg     = "github.com/go-kratos/kratos/v2/middleware"
	HTTPUtilPkg     = "net/http/httputil"
	GRPCPkg         = "google.golang.org/grpc"
	GoZeroLogxIface = GoZeroLogxPkg + ".Logger"
	KratosLogIface  = KratosLogPkg + ".Logger"
	KratosHelper    = KratosLogPkg + ".Helper"
)

var (
	goZeroLevels   = []string{"Debug", "Info", "Error", "Slow"}
	goZeroPkgExtra = []string{"Severe", "Stat", "ErrorStack"}
	kratosLevels   = []string{"Debug", "Info", "Warn", "Error", "Fatal"}

	// GoZeroLogPrint, GoZeroLogFormat, GoZeroLogValue and GoZeroLogMsg
	// are go-zero's print, printf, whole-value and message-and-fields
	// calls, of logx (functions and the Logger interface) and logc.
	GoZeroLogPrint  = goZeroForms("")
	GoZeroLogFormat = goZeroForms("f")
	GoZeroLogValue  = goZeroForms("v")
	GoZeroLogMsg    = append(goZeroForms("w"), GoZeroLogxPkg+".Alert", GoZeroLogcPkg+".Alert")
	// GoZeroField builds a field of a key and a value written whole.
	GoZeroField = []string{GoZeroLogxPkg + ".Field", GoZeroLogcPkg + ".Field"}

	// KratosPairs write alternating keys and values after a level (Log)
	// or alone (the ...w methods and functions).
	KratosPairs = append(append([]string{m(KratosLogIface, "Log"), m(KratosHelper, "Log"), KratosLogPkg + ".Log"},
		methods(KratosHelper, suffixed(kratosLevels, "w")...)...), funcs(KratosLogPkg, suffixed(kratosLevels, "w")...)...)
	// KratosPrint and KratosFormat print and format at a level.
	KratosPrint  = append(methods(KratosHelper, kratosLevels...), funcs(KratosLogPkg, kratosLevels...)...)
	KratosFormat = append(methods(KratosHelper, suffixed(kratosLevels, "f")...), funcs(KratosLogPkg, suffixed(kratosLevels, "f")...)...)
	// KratosWith adds key-value pairs to the logger it is given.
	KratosWith = KratosLogPkg + ".With"

	// RequestDumps write a whole HTTP request as text: its request line,
	// every header (Authorization, Cookie among them) and, when asked,
	// its body. Even without the body the headers carry the caller's
	// credentials.
	RequestDumps = funcs(HTTPUtilPkg, "DumpRequest", "DumpRequestOut")

	// RPCHandlerTypes are the function types whose second parameter, of
	// type any, is a remote call's whole request as the caller sent it:
	// go-kratos's middleware.Handler and grpc's UnaryHandler.
	RPCHandlerTypes = []string{KratosMWPkg + ".Handler", GRPCPkg + ".UnaryHandler"}
	// RPCInterceptorParams are the types of the parameters that mark a
	// function as a grpc unary interceptor, whose first parameter of type
	// any is the request: a server interceptor's *grpc.UnaryServerInfo,
	// a client interceptor's grpc.UnaryInvoker.
	RPCInterceptorParams = []string{GRPCPkg + ".UnaryServerInfo", GRPCPkg + ".UnaryInvoker"}

	// TextWrites append their argument to a text being built, and
	// TextReads return the text built.
	TextWrites = []string{m("bytes.Buffer", "WriteString"), m("bytes.Buffer", "Write"), m("strings.Builder", "WriteString"), m("strings.Builder", "Write")}
	TextReads  = []string{m("bytes.Buffer", "String"), m("bytes.Buffer", "Bytes"), m("strings.Builder", "String")}
)

// goZeroForms returns the keys of one form (suffix "", "f", "v", "w") of
// go-zero's logging calls at every level: logx's functions and Logger
// methods and logc's functions.
func goZeroForms(suffix string) []string {
	levels := suffixed(goZeroLevels, suffix)
	var pkgLevels []string
	if suffix == "" || suffix == "f" {
		pkgLevels = append(slices.Clone(levels), suffixed(goZeroPkgExtra, suffix)...)
	} else {
		pkgLevels = levels
	}
	out := funcs(GoZeroLogxPkg, pkgLevels...)
	out = append(out, methods(GoZeroLogxIface, levels...)...)
	return append(out, funcs(GoZeroLogcPkg, levels...)...)
}

// IsRequestDump reports whether fn is one of [RequestDumps].
func IsRequestDump(fn *types.Func) bool {
	return fn != nil && RawKeyIn(fn, RequestDumps)
}

func init() {
	pkgs(GoZeroLogxPkg, GoZeroLogcPkg, KratosLogPkg, HTTPUtilPkg, GRPCPkg, KratosMWPkg)
	registerInterface(GoZeroLogxIface, goZeroIfaceMethods()...)
	registerInterface(KratosLogIface, "Log")
	def(GoZeroLogPrint...)
	def(GoZeroLogFormat...)
	def(GoZeroLogValue...)
	def(GoZeroLogMsg...)
	def(GoZeroField...)
	def(KratosPairs...)
	def(KratosPrint...)
	def(KratosFormat...)
	def(KratosWith)
	def(RequestDumps...)
	def(TextWrites...)
	def(TextReads...)

	var (
		printed = CallShape{Args: PrintArgs, Whole: true}
		format  = CallShape{Args: FormatArgs}
		value   = CallShape{Args: ValueArgs, Whole: true}
		message = CallShape{Args: MessageArgs}
		pairs   = CallShape{Args: PairArgs, Whole: true}
	)
	defShape(printed, GoZeroLogPrint...)
	defShape(format, GoZeroLogFormat...)
	defShape(value, GoZeroLogValue...)
	defShape(message, GoZeroLogMsg...)
	defShape(CallShape{Args: FieldArgs, Whole: true}, GoZeroField...)
	defShape(pairs, KratosPairs...)
	defShape(printed, KratosPrint...)
	defShape(format, KratosFormat...)
	defShape(CallShape{Args: LoggerPairArgs, Whole: true}, KratosWith)
}

// goZeroIfaceMethods returns the logging methods of logx's Logger.
func goZeroIfaceMethods() []string {
	var out []string
	for _, s := range []string{"", "f", "v", "w"} {
		out = append(out, suffixed(goZeroLevels, s)...)
	}
	return out
}
