package spanend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
)

// waitsFact marks a function that uses some of its context parameters
// only to wait or to read values other than the span (ctxscope.Waits
// with Values): passing it the context from before a span instead of the
// span's own loses nothing.
type waitsFact struct{ ctxscope.WaitParams }

// AFact marks waitsFact as an analysis fact.
func (*waitsFact) AFact() {}

// waiters answers, for one package, which functions only wait on a
// context parameter: from their bodies for the package's functions, from
// their facts for other packages'.
type waiters struct {
	pass  *analysis.Pass
	w     ctxscope.Waits
	decls map[*types.Func]inspector.Cursor // functions with a context parameter
	memo  map[waitKey]bool
}

// waitKey names one parameter of one function.
type waitKey struct {
	fn *types.Func
	i  int
}

// newWaiters collects the package's functions that take a context and
// exports the facts of the exported ones that only wait on it. It runs
// in every package of the module, spans or not: the helper that only
// waits is often in a package of its own.
func newWaiters(pass *analysis.Pass, idx *apis.Index, ins *inspector.Inspector) *waiters {
	ws := &waiters{pass: pass, decls: map[*types.Func]inspector.Cursor{}, memo: map[waitKey]bool{}}
	ws.w = ctxscope.Waits{Info: pass.TypesInfo, Idx: idx, Callee: ws.waitsOn, Values: true}
	if !idx.ImportsAny(apis.ContextPkg) {
		return ws
	}
	for fc := range ins.Root().Preorder((*ast.FuncDecl)(nil)) {
		d := fc.Node().(*ast.FuncDecl)
		fn, _ := pass.TypesInfo.Defs[d.Name].(*types.Func)
		if fn == nil || d.Body == nil || ctxParams(fn) == nil {
			continue
		}
		ws.decls[fn] = fc
	}
	for fn := range ws.decls {
		ws.export(fn)
	}
	ws.exportInterfaces()
	return ws
}

// export exports the fact of fn if it is exported and only waits on some
// of its context parameters.
func (ws *waiters) export(fn *types.Func) {
	if !fn.Exported() {
		return
	}
	var f waitsFact
	for _, i := range ctxParams(fn) {
		if ws.waitsOn(fn, i) {
			f.Params = append(f.Params, i)
		}
	}
	if len(f.Params) > 0 {
		ws.pass.ExportObjectFact(fn, &f)
	}
}

// exportInterfaces exports the facts of the methods of the package's
// interfaces whose implementations in the package all only wait on a
// context parameter (there must be one): a call through the interface
// waits too. Implementations in other packages are not seen.
func (ws *waiters) exportInterfaces() {
	scope := ws.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		iface, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for m := range iface.ExplicitMethods() {
			for _, i := range ctxParams(m) {
				if ws.implsWaitOn(iface, m, i) {
					ws.memo[waitKey{m, i}] = true
				}
			}
			ws.export(m)
		}
	}
}

// implsWaitOn reports whether every method of the package that
// implements m of iface only waits on its i-th parameter, and there is
// one.
func (ws *waiters) implsWaitOn(iface *types.Interface, m *types.Func, i int) bool {
	n := 0
	for fn := range ws.decls {
		r := fn.Type().(*types.Signature).Recv()
		if fn.Name() != m.Name() || r == nil || types.IsInterface(r.Type()) || generic(r.Type()) || !types.Implements(r.Type(), iface) {
			continue // Implements is unspecified for an uninstantiated generic type
		}
		if !ws.waitsOn(fn, i) {
			return false
		}
		n++
	}
	return n > 0
}

// generic reports whether t, a receiver type, is a generic type or a
// pointer to one.
func generic(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.TypeParams().Len() > 0
}

// ctxParams returns the indexes of fn's context parameters.
func ctxParams(fn *types.Func) []int {
	var idx []int
	params := fn.Type().(*types.Signature).Params()
	for i := range params.Len() {
		if ctxscope.IsContext(params.At(i).Type()) {
			idx = append(idx, i)
		}
	}
	return idx
}

// waitsOn reports whether fn uses its i-th parameter, a context, only to
// wait.
func (ws *waiters) waitsOn(fn *types.Func, i int) bool {
	fn = fn.Origin()
	if fn.Pkg() == nil {
		return false
	}
	if fn.Pkg() != ws.pass.Pkg {
		// A package that reaches no context has no fact (newWaiters
		// returns early): not asking spares the drivers that compute facts
		// on demand.
		var f waitsFact
		if !apis.PackageImportsAny(fn.Pkg(), apis.ContextPkg) || !ws.pass.ImportObjectFact(fn, &f) {
			return false
		}
		for _, p := range f.Params {
			if p == i {
				return true
			}
		}
		return false
	}
	k := waitKey{fn, i}
	if r, ok := ws.memo[k]; ok {
		return r
	}
	ws.memo[k] = false // while deciding: a recursive call proves nothing
	d, ok := ws.decls[fn]
	params := fn.Type().(*types.Signature).Params()
	r := ok && i < params.Len() && ws.w.Param(d, params.At(i))
	ws.memo[k] = r
	return r
}
