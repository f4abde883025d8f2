package ctxpropagation

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
)

// A carrier is a context variable that holds the caller's trace. Only a
// carrier makes a context.Background() beside it a dropped trace: a local
// that holds a fresh root, a field's context or an option's is not the
// caller's, and replacing it loses nothing. The analysis follows the
// assignments of a local back to the parameters they derive from.

// find returns the caller's context available at cur: a context
// parameter, a local context that carries the caller's trace, or the
// Context() of an *http.Request parameter.
func (c *checker) find(cur inspector.Cursor) (ctxscope.Source, bool) {
	return ctxscope.FindFunc(c.pass.Pkg, cur, func(s ctxscope.Source) bool {
		if s.Request {
			return s.Param
		}
		return s.Param || c.carries(s.Obj, 0)
	})
}

// carries reports whether the context variable obj holds a caller's
// trace: it is a parameter, or some value assigned to it carries one.
// A local that holds only fresh roots, a struct field's context or
// nothing at all does not.
//
//	ctx, cancel := context.WithTimeout(parent, d)  // carries parent's trace
//	ctx := context.Background()                    // does not
//	ctx := opts.Context; if ctx == nil { ... }     // does not (not the caller's)
func (c *checker) carries(obj types.Object, depth int) bool {
	if r, ok := c.memo[obj]; ok {
		return r
	}
	if depth > 8 {
		return false
	}
	c.memo[obj] = false // while deciding (cycles)
	r := c.isParam(obj) || c.assignedCarrier(obj, depth)
	c.memo[obj] = r
	return r
}

// isParam reports whether obj is declared in the parameter list (or as
// the receiver) of a function or function literal.
func (c *checker) isParam(obj types.Object) bool {
	ins := c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ic, ok := ins.Root().FindByPos(obj.Pos(), obj.Pos()+token.Pos(len(obj.Name())))
	if !ok {
		return false
	}
	if _, ok := ic.Node().(*ast.Ident); !ok {
		return false
	}
	k, _ := ic.ParentEdge()
	if k != edge.Field_Names {
		return false
	}
	switch k, _ := ic.Parent().Parent().ParentEdge(); k {
	case edge.FuncType_Params, edge.FuncType_Results, edge.FuncDecl_Recv:
		return true
	}
	return false
}

// assignedCarrier reports whether some value assigned to the local obj
// (at its declaration or later) carries a caller's trace.
func (c *checker) assignedCarrier(obj types.Object, depth int) bool {
	scope := obj.Parent()
	if scope == nil || !scope.Pos().IsValid() {
		return false
	}
	ins := c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	fc, ok := ins.Root().FindByPos(scope.Pos(), scope.End())
	if !ok {
		return false
	}
	info := c.pass.TypesInfo
	// value returns the expression assigned to the i-th of n targets.
	value := func(rhs []ast.Expr, i, n int) ast.Expr {
		switch {
		case len(rhs) == n:
			return rhs[i]
		case len(rhs) == 1 && i == 0:
			return rhs[0] // ctx, cancel := context.WithCancel(parent)
		}
		return nil
	}
	for n := range fc.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		switch n := n.Node().(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && (info.Defs[id] == obj || info.Uses[id] == obj) {
					if v := value(n.Rhs, i, len(n.Lhs)); v != nil && c.carrierExpr(v, depth) {
						return true
					}
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if info.Defs[id] == obj {
					if v := value(n.Values, i, len(n.Names)); v != nil && c.carrierExpr(v, depth) {
						return true
					}
				}
			}
		}
	}
	return false
}

// carrierExpr reports whether e yields a context that carries a trace:
// a variable that does, r.Context() of a request parameter, a span
// started or linked (tracer.Start, trace.ContextWithSpan), a context
// extracted from a carrier, or the result of a call given such a context
// (context.WithTimeout(ctx, d), a wrapper of the program).
func (c *checker) carrierExpr(e ast.Expr, depth int) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() || v.IsField() {
			return false
		}
		if ctxscope.IsContext(v.Type()) {
			return c.carries(v, depth+1)
		}
		return false
	case *ast.CallExpr:
		k := c.idx.Key(e)
		switch {
		case k == apis.ContextBackground || k == apis.ContextTODO:
			return false
		case k == apis.TracerStart || k == apis.PropagatorExtract || slices.Contains(apis.ContextLinkers, k):
			return true
		case k == apis.HTTPRequestContext:
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
					obj := c.pass.TypesInfo.Uses[id]
					return obj != nil && c.isParam(obj)
				}
			}
			return false
		}
		if tv, ok := c.pass.TypesInfo.Types[e.Fun]; ok && tv.IsType() {
			return false // a conversion
		}
		for _, a := range e.Args {
			if t := c.pass.TypesInfo.TypeOf(a); t != nil && ctxscope.IsContext(t) && c.carrierExpr(a, depth+1) {
				return true
			}
		}
	}
	return false
}

// isVar reports whether e is a use of the variable v.
func (c *checker) isVar(e ast.Expr, v types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && c.pass.TypesInfo.Uses[id] == v
}
