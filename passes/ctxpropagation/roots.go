package ctxpropagation

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
)

// A function that takes no context but starts from a fresh root breaks
// the chain of every caller that has one: the trace stops at the call.
//
//	func refresh() { send(context.TODO()) }
//	func handle(ctx context.Context) { refresh() } // the trace of ctx stops here
//
// Inside refresh no context is in scope, so its context.TODO() is not
// reported there; the call from handle is. Only a fresh root that would
// be reported with a context in scope counts (not one that only waits,
// is kept in a field, starts a goroutine's or a deferred call's work, or
// lies in set-up or test code), and the chain is followed through the
// package's functions that call such a function without a context.

// root is how a function starts from a fresh root: the root call as
// written in messages ("context.TODO()"), its position, and the function
// of the package that makes it when that is not the function itself.
type root struct {
	what string
	pos  token.Pos
	via  *types.Func
}

// rootOf returns how the declared function fn starts from a fresh root
// although it takes no context, if it does.
func (c *checker) rootOf(fn *types.Func, depth int) (root, bool) {
	if r, ok := c.roots[fn]; ok {
		return r, r.what != ""
	}
	c.roots[fn] = root{} // while deciding (cycles)
	d := c.decls[fn]
	if d == nil || d.Body == nil || depth > 8 || c.takesContext(fn) {
		return root{}, false
	}
	if d.Recv == nil && (d.Name.Name == "init" || d.Name.Name == "main" && c.pass.Pkg.Name() == "main") {
		return root{}, false
	}
	bc, ok := c.ins.Root().FindNode(d.Body)
	if !ok {
		return root{}, false
	}
	var found root
	bc.Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.GoStmt)(nil), (*ast.DeferStmt)(nil), (*ast.CallExpr)(nil)}, func(cur inspector.Cursor) bool {
		if found.what != "" {
			return false
		}
		switch n := cur.Node().(type) {
		case *ast.GoStmt, *ast.DeferStmt:
			return false // work that outlives the call or cleans up after it
		case *ast.FuncLit:
			call, ok := cur.Parent().Node().(*ast.CallExpr)
			return ok && call.Fun == n // only a literal called in place
		case *ast.CallExpr:
			found = c.rootCall(cur, n, depth)
		}
		return true
	})
	c.roots[fn] = found
	return found, found.what != ""
}

// rootCall returns the fresh root made by the call at cur, in the body of
// a function without a context: a context.Background() or TODO() that
// would be reported if a context were in scope, or a call of another
// function of the package that starts from one.
func (c *checker) rootCall(cur inspector.Cursor, call *ast.CallExpr, depth int) root {
	switch k := c.idx.Key(call); {
	case k == apis.ContextBackground || k == apis.ContextTODO:
		if c.freshRootLost(cur) {
			return root{what: "context." + funcName(k) + "()", pos: call.Pos()}
		}
	case k == "":
		fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if !ok || fn.Pkg() != c.pass.Pkg {
			return root{}
		}
		if r, ok := c.rootOf(fn.Origin(), depth+1); ok {
			if r.via == nil {
				r.via = fn.Origin()
			}
			return r
		}
	}
	return root{}
}

// freshRootLost reports whether the context.Background() or TODO() call
// at cur would lose the caller's trace were a context in scope: it is
// not the start of a consumer's or a linked context, not a useless lookup
// (reported on its own), and not detached (set-up, test code, a context
// that only waits or is kept for a component).
func (c *checker) freshRootLost(cur inspector.Cursor) bool {
	if k, i := cur.ParentEdge(); k == edge.CallExpr_Args && i == 0 {
		pk := c.idx.Key(cur.Parent().Node().(*ast.CallExpr))
		if pk == apis.PropagatorExtract || slices.Contains(apis.ContextLinkers, pk) || slices.Contains(apis.ContextLookups, pk) {
			return false
		}
	}
	return !setup(cur) && !c.tickerLoop(cur) && !c.detached(cur, ctxscope.Source{})
}

// takesContext reports whether fn has a context of its own: a
// context.Context or *http.Request parameter, or a parameter (or
// receiver) whose type is a context.Context, such as a web framework's
// request context.
func (c *checker) takesContext(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return true
	}
	var iface *types.Interface
	if p := c.idx.Package(apis.ContextPkg); p != nil {
		if obj := p.Scope().Lookup("Context"); obj != nil {
			iface, _ = obj.Type().Underlying().(*types.Interface)
		}
	}
	has := func(t types.Type) bool {
		return ctxscope.IsContext(t) || ctxscope.IsHTTPRequestPtr(t) || iface != nil && types.Implements(t, iface)
	}
	if sig.Recv() != nil && has(sig.Recv().Type()) {
		return true
	}
	for v := range sig.Params().Variables() {
		if has(v.Type()) {
			return true
		}
	}
	return false
}

// chainCall reports a call, where the caller's context is in scope, of a
// function of the package that takes no context and starts from a fresh
// root.
func (c *checker) chainCall(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	if fn.Pkg() != c.pass.Pkg {
		return
	}
	r, ok := c.rootOf(fn.Origin(), 0)
	if !ok || c.deferred(cur) || setup(cur) || c.scope.TestSupport(cur) {
		return
	}
	if _, inGo := cur.Parent().Node().(*ast.GoStmt); inGo {
		return // go refresh(): work of its own
	}
	src, ok := c.find(cur)
	if !ok || c.nilGuarded(cur, src.Obj) || c.afterDone(cur, src) {
		return
	}
	where := ""
	if r.via != nil && r.via != fn.Origin() {
		where = " in " + r.via.Name()
	}
	d := analysis.Diagnostic{
		Pos: call.Pos(), End: call.End(), Category: CategoryBrokenChain,
		Message: fn.Name() + " starts a new trace from " + r.what + where + " although " + src.Expr() +
			" is available here; give " + fn.Name() + " a context parameter and pass " + src.Expr(),
		Related: append(related(src), analysis.RelatedInformation{Pos: r.pos, End: r.pos, Message: "the fresh root"}),
	}
	c.report(d)
}
