package apis

import (
	"go/ast"
	"go/types"
	"slices"
)

// NoopTracerProviders are the tracer providers whose tracers record
// nothing, so that the name given to Tracer does not matter.
var NoopTracerProviders = []string{TracePkg + "/noop.TracerProvider"}

// NoopTracers are the tracers whose spans record nothing.
var NoopTracers = []string{TracePkg + "/noop.Tracer"}

// IsNoop reports whether t, or the type it points to, is one of the named
// types in names, such as [NoopTracerProviders] or [NoopTracers].
func IsNoop(t types.Type, names []string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && slices.Contains(names, n.Obj().Pkg().Path()+"."+n.Obj().Name())
}

// NoopStart reports whether call starts a span on a no-op tracer: one of
// type noop.Tracer, or noop.NewTracerProvider().Tracer(name). Such a span
// records nothing: its name, its end and its status do not matter.
func (idx *Index) NoopStart(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || idx.Key(call) != TracerStart {
		return false
	}
	if IsNoop(idx.info.TypeOf(sel.X), NoopTracers) {
		return true
	}
	inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok || idx.Key(inner) != TracerProviderTrace {
		return false
	}
	isel, ok := ast.Unparen(inner.Fun).(*ast.SelectorExpr)
	return ok && IsNoop(idx.info.TypeOf(isel.X), NoopTracerProviders)
}
