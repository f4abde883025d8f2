package ctxscope

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
)

// Spanned reports whether the context src, found at the position at, is
// known to carry a span or a received request's trace, not merely a
// caller's context that may hold none:
//
//   - the Context() of an *http.Request parameter, unless the handler is
//     registered on a mux that the package serves with no tracing
//     middleware ([Carriers.untraced]);
//   - a context parameter of a received call, as rpc decides from the
//     signature of the function that declares it (a gRPC method);
//   - a context from which the function started a span (tracer.Start)
//     before at, on a path that reaches at;
//   - a local assigned, before at, from one of these, from a span start,
//     a context extracted from a carrier or linked to a span, or the
//     result of a call given one of these or the request parameter.
//
// A context that is only the parameter of a loop or component function
// is not spanned: its caller may run it with no span on the path.
func (cs *Carriers) Spanned(src Source, at token.Pos, rpc func(*types.Signature) bool) bool {
	if src.Obj == nil {
		return false
	}
	if src.Request {
		return src.Param && !cs.untraced(src.Obj)
	}
	return cs.spannedVar(src.Obj, at, rpc, 0)
}

func (cs *Carriers) spannedVar(obj types.Object, at token.Pos, rpc func(*types.Signature) bool, depth int) bool {
	if depth > 8 {
		return false
	}
	fn, ok := cs.declFunc(obj)
	if !ok {
		return false
	}
	if cs.IsParam(obj) && cs.rpcParam(obj, fn, rpc) {
		return true
	}
	for c := range fn.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		if c.Node().Pos() >= at {
			continue
		}
		switch n := c.Node().(type) {
		case *ast.CallExpr:
			// _, span := tracer.Start(ctx, name): a span started from ctx
			// on a path that reaches at.
			if cs.idx.Key(n) == apis.TracerStart && len(n.Args) > 0 && cs.uses(n.Args[0], obj) && reaches(c, at) {
				return true
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && (cs.info.Defs[id] == obj || cs.info.Uses[id] == obj) {
					if v := assigned(n.Rhs, i, len(n.Lhs)); v != nil && cs.spannedExpr(v, at, rpc, depth) {
						return true
					}
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if cs.info.Defs[id] == obj {
					if v := assigned(n.Values, i, len(n.Names)); v != nil && cs.spannedExpr(v, at, rpc, depth) {
						return true
					}
				}
			}
		}
	}
	return false
}

func (cs *Carriers) spannedExpr(e ast.Expr, at token.Pos, rpc func(*types.Signature) bool, depth int) bool {
	// ctx := r.Context() in a handler that nothing traces.
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && cs.idx.Key(call) == apis.HTTPRequestContext {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && cs.requestParam(sel.X) {
			if r := cs.info.Uses[identOf(sel.X)]; r != nil && cs.untraced(r) {
				return false
			}
		}
	}
	return cs.traceExpr(e, func(v *types.Var) bool { return cs.spannedVar(v, at, rpc, depth+1) })
}

// declFunc returns the function declaration or literal that declares obj.
func (cs *Carriers) declFunc(obj types.Object) (inspector.Cursor, bool) {
	ic, ok := cs.ins.Root().FindByPos(obj.Pos(), obj.Pos()+token.Pos(len(obj.Name())))
	if !ok {
		return inspector.Cursor{}, false
	}
	for c := range ic.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return c, true
	}
	return inspector.Cursor{}, false
}

// rpcParam reports whether the parameter obj is the first parameter of
// fn and rpc accepts fn's signature.
func (cs *Carriers) rpcParam(obj types.Object, fn inspector.Cursor, rpc func(*types.Signature) bool) bool {
	if rpc == nil {
		return false
	}
	var sig *types.Signature
	switch n := fn.Node().(type) {
	case *ast.FuncDecl:
		if f, ok := cs.info.Defs[n.Name].(*types.Func); ok {
			sig, _ = f.Type().(*types.Signature)
		}
	case *ast.FuncLit:
		sig, _ = cs.info.TypeOf(n).(*types.Signature)
	}
	return sig != nil && sig.Params().Len() > 0 && sig.Params().At(0) == obj && rpc(sig)
}

// uses reports whether e is the variable obj.
func (cs *Carriers) uses(e ast.Expr, obj types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && cs.info.Uses[id] == obj
}

// reaches reports whether the code at the position at runs after the
// node of c on every path: it lies in the block (or case) that holds c's
// statement.
func reaches(c inspector.Cursor, at token.Pos) bool {
	for b := range c.Enclosing((*ast.BlockStmt)(nil), (*ast.CaseClause)(nil), (*ast.CommClause)(nil), (*ast.FuncLit)(nil)) {
		if _, ok := b.Node().(*ast.FuncLit); ok {
			return false // c is in a closure's header
		}
		return b.Node().Pos() <= at && at < b.Node().End()
	}
	return false
}

// assigned returns the expression assigned to the i-th of n targets.
func assigned(rhs []ast.Expr, i, n int) ast.Expr {
	switch {
	case len(rhs) == n:
		return rhs[i]
	case len(rhs) == 1 && i == 0:
		return rhs[0] // ctx, cancel := context.WithCancel(parent)
	}
	return nil
}
