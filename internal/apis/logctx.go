package apis

import (
	"go/types"
	"slices"
)

// Whether a package's log pipeline reads the context of its records: a
// log call without the context loses a trace_id only where the handler,
// core or hook behind it reads one. A package shows that its pipeline
// does by the calls it makes, the bridge it imports, or the handler it
// defines.

// OpenTelemetry log bridges: a package that imports one hands its records
// to the OpenTelemetry log API, which takes the span from each record's
// context.
const (
	ContribOtelzapPkg    = "go.opentelemetry.io/contrib/bridges/otelzap"
	OtellogrusPkg        = "go.opentelemetry.io/contrib/bridges/otellogrus"
	OtellogrPkg          = "go.opentelemetry.io/contrib/bridges/otellogr"
	UptraceOtellogrusPkg = "github.com/uptrace/opentelemetry-go-extra/otellogrus"
)

// LogBridgePkgs are the OpenTelemetry log bridges (the contrib bridges of
// slog, zap, logrus and logr, and uptrace's otelzap and otellogrus).
var LogBridgePkgs = []string{OtelslogPkg, ContribOtelzapPkg, OtellogrusPkg, OtellogrPkg, OtelzapPkg, UptraceOtellogrusPkg}

// SlogHandler is the interface of a slog handler; a handler of the
// program's own receives each record's context in its Handle method.
const SlogHandler = SlogPkg + ".Handler"

// LogContextCalls hand their first argument, a context, to the log
// pipeline with the record: slog's ...Context functions and methods, Log
// and LogAttrs; otelzap's Ctx and ...Context methods; logrus's
// WithContext; zerolog's Event.Ctx (its hooks read it). Each is a key of
// the other tables.
var LogContextCalls = slices.Concat(
	funcs(SlogPkg, "DebugContext", "InfoContext", "WarnContext", "ErrorContext", "Log", "LogAttrs"),
	methods(SlogLogger, "DebugContext", "InfoContext", "WarnContext", "ErrorContext", "Log", "LogAttrs"),
	OtelzapCtx, OtelzapContextLog, OtelzapSugarContextLog, LogrusWithCtx,
	[]string{m(ZerologEvt, "Ctx")})

// IsSlogHandle reports whether fn is the Handle method of a type that
// implements slog.Handler (the type or a pointer to it).
func (idx *Index) IsSlogHandle(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || fn.Name() != "Handle" {
		return false
	}
	it := idx.lookupInterface(SlogHandler)
	if it == nil {
		return false
	}
	recv := sig.Recv().Type()
	if types.IsInterface(recv) {
		return false // the interface's method, not a handler's
	}
	return types.Implements(recv, it) || types.Implements(types.NewPointer(derefType(recv)), it)
}
