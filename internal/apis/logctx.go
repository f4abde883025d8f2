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

// A logrus entry carries a context (Entry.WithContext) to the hooks of its
// logger, which read entry.Context: a package that keeps the entry in the
// context hands it a getter, a function whose only parameter is a
// context.Context and whose result is a *logrus.Entry (containerd's
// log.G(ctx)), beside a package-level entry of the same type (log.L) for
// code without a context. A zerolog, zap or slog logger taken from the
// context carries its fields, not the context: its handler sees no span.

// IsCtxEntryGetter reports whether sig is the signature of a logrus
// entry getter: func(context.Context) *logrus.Entry.
func IsCtxEntryGetter(sig *types.Signature) bool {
	if sig == nil || sig.Recv() != nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 || sig.Variadic() {
		return false
	}
	return namedTypeIs(types.Unalias(sig.Params().At(0).Type()), ContextPkg+".Context") && IsLogrusEntryPtr(sig.Results().At(0).Type())
}

// IsLogrusEntryPtr reports whether t is *logrus.Entry (through aliases).
func IsLogrusEntryPtr(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && namedTypeIs(types.Unalias(p.Elem()), LogrusEntry)
}

// CtxEntryGetter returns the name of the logrus entry getter that pkg
// declares, a function or a package-level variable of function type (the
// shortest name if there are several: log.G over log.GetLogger), or "".
func CtxEntryGetter(pkg *types.Package) string {
	if pkg == nil {
		return ""
	}
	best := ""
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch obj.(type) {
		case *types.Func, *types.Var:
		default:
			continue
		}
		sig, _ := types.Unalias(obj.Type()).(*types.Signature)
		if !IsCtxEntryGetter(sig) {
			continue
		}
		if best == "" || len(name) < len(best) {
			best = name
		}
	}
	return best
}
