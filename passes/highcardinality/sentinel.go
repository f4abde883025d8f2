package highcardinality

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
)

// sentinelMessage reports whether at, err.Error(), reads the message of
// an error that can only be one of the package's sentinels: err is a
// local every assignment of which takes the error result of a function of
// this package, and each of that function's returns gives nil, a package
// variable set once to errors.New of a constant, or the error of another
// such function. Its messages are a closed set, as in
//
//	errQueueFull = errors.New("queue is full")
//	_, err := q.Enqueue(item) // returns nil, errQueueFull or errQueueClosed
//	drops.WithLabelValues(err.Error())
func (c *checker) sentinelMessage(scope ast.Node, at ast.Expr) bool {
	call, ok := ast.Unparen(at).(*ast.CallExpr)
	if !ok || scope == nil {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Parent() == c.pass.Pkg.Scope() {
		return false
	}
	info := c.pass.TypesInfo
	found, ok := false, true
	ast.Inspect(scope, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if l, isID := ast.Unparen(lhs).(*ast.Ident); !isID || info.ObjectOf(l) != v {
					continue
				}
				found = true
				if len(n.Rhs) != 1 || i != len(n.Lhs)-1 || !c.sentinelCall(n.Rhs[0], 0) {
					ok = false
				}
			}
		case *ast.ValueSpec:
			for _, name := range n.Names {
				if info.Defs[name] == v && len(n.Values) > 0 {
					found = true
					if len(n.Values) != 1 || !c.sentinelCall(n.Values[0], 0) {
						ok = false
					}
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && astIdentIs(info, n.X, v) {
				ok = false // its address escapes
			}
		}
		return true
	})
	return found && ok
}

// astIdentIs reports whether e is an identifier referring to v.
func astIdentIs(info *types.Info, e ast.Expr, v *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && info.Uses[id] == v
}

// sentinelCall reports whether e calls a function of this package whose
// last result, an error, is only ever nil or a sentinel (see
// [checker.sentinelMessage]).
func (c *checker) sentinelCall(e ast.Expr, depth int) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || depth > 3 {
		return false
	}
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return false
	}
	decl := c.funcDecl(fn.Origin())
	if decl == nil {
		return false
	}
	sig := fn.Type().(*types.Signature)
	n := sig.Results().Len()
	if n == 0 || !types.Identical(sig.Results().At(n-1).Type(), types.Universe.Lookup("error").Type()) {
		return false
	}
	ok = true
	ast.Inspect(decl.Body, func(node ast.Node) bool {
		if !ok {
			return false
		}
		switch r := node.(type) {
		case *ast.FuncLit:
			return false // a closure's returns are its own
		case *ast.ReturnStmt:
			switch {
			case len(r.Results) == n:
				ok = c.sentinel(r.Results[n-1], depth)
			case len(r.Results) == 1 && n > 1:
				ok = c.sentinelCall(r.Results[0], depth+1) // return f(...)
			default:
				ok = false // a bare return of named results
			}
		}
		return true
	})
	return ok
}

// sentinel reports whether e is nil, a package variable set only to
// errors.New of a constant, or the error of a call [checker.sentinelCall]
// accepts.
func (c *checker) sentinel(e ast.Expr, depth int) bool {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.IsNil() {
		return true
	}
	if id, ok := e.(*ast.Ident); ok {
		v, ok := info.Uses[id].(*types.Var)
		if !ok || v.Parent() != c.pass.Pkg.Scope() {
			return false
		}
		values := c.assigned(nil, id)
		if len(values) != 1 {
			return false
		}
		call, ok := ast.Unparen(values[0]).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return false
		}
		fn := apis.Callee(info, call)
		if fn == nil || apis.RawKey(fn) != "errors.New" {
			return false
		}
		_, isConst := constval.String(info, call.Args[0])
		return isConst
	}
	return c.sentinelCall(e, depth+1)
}
