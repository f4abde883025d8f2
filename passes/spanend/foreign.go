package spanend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/ctxscope"
)

// checkForeignEnd reports End calls on spans this function took from its
// caller's context with trace.SpanFromContext.
//
//	span := trace.SpanFromContext(ctx)
//	defer span.End() // ends the caller's span
//
// This is not a path question: the walk is over every End call of the
// package, and each is judged by where its span comes from. It is reported
// only when that is certain: the receiver is the SpanFromContext call
// itself, or a local variable every assignment of which is such a call;
// and the context is the caller's, unchanged: a context parameter (or the
// Context() of a request parameter) the function never assigns nor takes
// the address of. A context the function derived or replaced may carry a
// span the function started, and a span variable assigned from anywhere
// else may be the function's own: both are silent. The dispatch skips the
// check in a package that hands spans to its callers in contexts, where
// ending the context's span in an end hook is the protocol.
func (c *checker) checkForeignEnd() {
	info := c.pass.TypesInfo
	for _, k := range c.idx.Calls() {
		if k.Key != apis.SpanEnd {
			continue
		}
		cur, call := k.Cur, k.Node()
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		fc, ok := astx.EnclosingFunc(cur)
		if !ok {
			continue
		}
		// The function that owns the span variable (or the call).
		var from *ast.CallExpr
		switch x := ast.Unparen(sel.X).(type) {
		case *ast.CallExpr:
			if c.idx.Is(x, apis.SpanFromContext) {
				from = x
			}
		case *ast.Ident:
			v, _ := info.Uses[x].(*types.Var)
			if v == nil {
				continue
			}
			owner := c.ownerOf(cur, v)
			if !owner.Valid() {
				continue
			}
			fc = owner
			from = c.onlyFromContext(owner, v)
		}
		if from == nil || len(from.Args) != 1 || !c.callersContext(fc, from.Args[0]) {
			continue
		}
		c.report(analysis.Diagnostic{
			Pos:      call.Pos(),
			End:      call.End(),
			Category: CategoryForeignEnd,
			Message:  "this ends the caller's span, taken from the context with trace.SpanFromContext, cutting it short; end only spans this function started (start a child span with tracer.Start)",
			Related:  []analysis.RelatedInformation{{Pos: from.Pos(), End: from.End(), Message: "the span comes from the caller's context here"}},
		})
	}
}

// ownerOf returns the function (enclosing cur) whose body declares v.
func (c *checker) ownerOf(cur inspector.Cursor, v *types.Var) inspector.Cursor {
	for e := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body, _ := c.funcParts(e.Node())
		if local(v, body) {
			return e
		}
	}
	return inspector.Cursor{}
}

// onlyFromContext returns the trace.SpanFromContext call when every
// assignment to v in fc is one, else nil.
func (c *checker) onlyFromContext(fc inspector.Cursor, v *types.Var) *ast.CallExpr {
	var from *ast.CallExpr
	for _, cur := range c.usesOf(fc)[v] {
		k, i := cur.ParentEdge()
		var rhs ast.Expr
		switch p := cur.Parent().Node().(type) {
		case *ast.AssignStmt:
			if k != edge.AssignStmt_Lhs {
				continue
			}
			if len(p.Lhs) != len(p.Rhs) {
				return nil
			}
			rhs = p.Rhs[i]
		case *ast.ValueSpec:
			if k != edge.ValueSpec_Names {
				continue
			}
			if len(p.Values) != len(p.Names) {
				return nil
			}
			rhs = p.Values[i]
		case *ast.UnaryExpr:
			return nil // &span
		default:
			continue
		}
		call, ok := ast.Unparen(rhs).(*ast.CallExpr)
		if !ok || !c.idx.Is(call, apis.SpanFromContext) {
			return nil
		}
		from = call
	}
	return from
}

// callersContext reports whether e is the context the function fc got
// from its caller, unchanged: a context parameter, or the Context() of a
// request parameter, that fc never assigns.
func (c *checker) callersContext(fc inspector.Cursor, e ast.Expr) bool {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Context" {
			if v := astx.IdentVar(info, sel.X); v != nil && ctxscope.IsHTTPRequestPtr(v.Type()) {
				return c.unassignedParam(fc, v)
			}
		}
		return false
	}
	v := astx.IdentVar(info, e)
	return v != nil && ctxscope.IsContext(v.Type()) && c.unassignedParam(fc, v)
}

// unassignedParam reports whether v is a parameter of fc that fc never
// assigns or takes the address of.
func (c *checker) unassignedParam(fc inspector.Cursor, v *types.Var) bool {
	_, sig := c.funcParts(fc.Node())
	if sig == nil {
		return false
	}
	isP := false
	for p := range sig.Params().Variables() {
		if p == v {
			isP = true
		}
	}
	if !isP {
		return false
	}
	for _, cur := range c.usesOfVar(fc, v) {
		k, _ := cur.ParentEdge()
		switch k {
		case edge.AssignStmt_Lhs, edge.UnaryExpr_X:
			return false
		}
	}
	return true
}
