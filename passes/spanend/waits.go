package spanend

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
)

// waitsFact marks a function that uses some of its context parameters
// only to wait (ctxscope.Waits): passing it the context from before a
// span instead of the span's own loses nothing.
type waitsFact struct {
	// Params are the indexes of the context parameters used only to wait.
	Params []int
}

// AFact marks waitsFact as an analysis fact.
func (*waitsFact) AFact() {}

// String describes the fact, as the tests expect it.
func (f *waitsFact) String() string {
	s := make([]string, len(f.Params))
	for i, p := range f.Params {
		s[i] = strconv.Itoa(p)
	}
	return "waits on parameter " + strings.Join(s, ",")
}

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
	ws.w = ctxscope.Waits{Info: pass.TypesInfo, Idx: idx, Callee: ws.waitsOn}
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
		if !fn.Exported() {
			continue
		}
		var f waitsFact
		for _, i := range ctxParams(fn) {
			if ws.waitsOn(fn, i) {
				f.Params = append(f.Params, i)
			}
		}
		if len(f.Params) > 0 {
			pass.ExportObjectFact(fn, &f)
		}
	}
	return ws
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
		var f waitsFact
		if !ws.pass.ImportObjectFact(fn, &f) {
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
