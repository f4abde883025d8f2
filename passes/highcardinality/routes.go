package highcardinality

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// maxRouteDepth bounds how far a value is followed through variables,
// parameters and the calls that pass them on.
const maxRouteDepth = 4

// routeKey reports whether the values of a key of this kind are paths, so
// that a route template given to it keeps it bounded.
func routeKey(what string) bool {
	return what == whatPath || what == whatURL
}

// routePath reports whether v, given to a path label or attribute, takes
// one value per route of the program rather than one per request:
//
//	"/debug/vars"                 a constant path
//	r.Pattern                     the pattern the request was routed by
//	pattern, where mux.Handle(pattern, h) registers a handler under it,
//	    directly or through a local helper that passes it on
//	path, a parameter of a helper whose every caller passes one of these
//
// scope is the function declaration around v (nil at package level).
func (c *checker) routePath(scope ast.Node, v ast.Expr, depth int) bool {
	v = ast.Unparen(v)
	if depth > maxRouteDepth {
		return false
	}
	info := c.pass.TypesInfo
	if tv, ok := info.Types[v]; ok && tv.Value != nil {
		return tv.Value.Kind() == constant.String
	}
	switch v := v.(type) {
	case *ast.SelectorExpr:
		return field(info, v) == "net/http.Request.Pattern"
	case *ast.Ident:
		obj, ok := info.Uses[v].(*types.Var)
		if !ok || scope == nil || obj.IsField() || obj.Parent() == c.pass.Pkg.Scope() {
			return false // a package variable may be set anywhere
		}
		values, ok := c.writes(scope, obj)
		if !ok {
			return false
		}
		for _, rhs := range values {
			if !c.routePath(scope, rhs, depth+1) {
				return false
			}
		}
		if len(values) > 0 && !c.isParam(scope, obj) {
			return true // p := r.Pattern
		}
		// A parameter, or a variable of a range clause.
		return c.registered(scope, obj, depth) || c.callersPass(scope, obj, depth)
	}
	return false
}

// registered reports whether the variable v of scope is the pattern a
// handler is registered under: the first argument of http.Handle,
// http.HandleFunc or the ServeMux methods, or an argument of a helper
// (a function literal in a local variable, or a function of the package)
// whose parameter is, in turn, registered.
func (c *checker) registered(scope ast.Node, v *types.Var, depth int) bool {
	if depth > maxRouteDepth {
		return false
	}
	root, ok := c.cursor(scope)
	if !ok {
		return false
	}
	for cur := range root.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		for i, a := range call.Args {
			if astx.IdentVar(c.pass.TypesInfo, a) != v {
				continue
			}
			if i == 0 && c.idx.Is(call, apis.HTTPHandleFuncs...) {
				return true
			}
			p, pscope := c.calleeParam(scope, call, i)
			if p == nil {
				continue
			}
			if values, ok := c.writes(pscope, p); ok && len(values) == 0 && c.registered(pscope, p, depth+1) {
				return true
			}
		}
	}
	return false
}

// calleeParam returns the parameter that receives the i-th argument of
// call, and the declaration around the callee's body: the callee is a
// function literal held in a local variable of scope that is assigned
// nothing else, or a function or method declared in the package.
func (c *checker) calleeParam(scope ast.Node, call *ast.CallExpr, i int) (*types.Var, ast.Node) {
	if call.Ellipsis.IsValid() {
		return nil, nil
	}
	info := c.pass.TypesInfo
	var sig *types.Signature
	var body ast.Node
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if f, ok := info.Uses[id].(*types.Var); ok && f.Parent() != c.pass.Pkg.Scope() {
			values, ok := c.writes(scope, f)
			if !ok || len(values) != 1 {
				return nil, nil
			}
			lit, ok := ast.Unparen(values[0]).(*ast.FuncLit)
			if !ok {
				return nil, nil
			}
			sig, _ = info.TypeOf(lit).(*types.Signature)
			body = scope
		}
	}
	if sig == nil {
		fn := apis.Callee(info, call)
		if fn == nil {
			return nil, nil
		}
		decl := c.funcDecl(fn.Origin())
		if decl == nil {
			return nil, nil
		}
		sig, _ = fn.Origin().Type().(*types.Signature)
		body = decl
	}
	if sig == nil || i >= sig.Params().Len() || (sig.Variadic() && i == sig.Params().Len()-1) {
		return nil, nil
	}
	return sig.Params().At(i), body
}

// callersPass reports whether every call of the function whose parameter
// is v passes a route path for it. The function is a function literal
// held in a local variable that is only ever called, or an unexported
// function of the package that is only ever called; another package
// cannot call either.
func (c *checker) callersPass(scope ast.Node, v *types.Var, depth int) bool {
	info := c.pass.TypesInfo
	fn, idx := c.paramOwner(scope, v)
	if fn == nil {
		return false
	}
	var calls []inspector.Cursor // the uses of the function, and the scope of each
	var scopes []ast.Node
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		obj, ok := info.Defs[fn.Name].(*types.Func)
		if !ok || fn.Recv != nil || obj.Exported() || fn.Name.Name == "init" || fn.Name.Name == "main" {
			return false
		}
		for _, id := range c.usesOf(obj) {
			cur, ok := c.ins.Root().FindByPos(id.Pos(), id.End())
			if !ok {
				return false
			}
			var s ast.Node
			if d := astx.EnclosingDecl(cur); d != nil {
				s = d
			}
			calls, scopes = append(calls, cur), append(scopes, s)
		}
	case *ast.FuncLit:
		f := c.heldIn(scope, fn)
		if f == nil {
			return false
		}
		root, _ := c.cursor(scope)
		for cur := range root.Preorder((*ast.Ident)(nil)) {
			if info.Uses[cur.Node().(*ast.Ident)] != f {
				continue
			}
			if k, _ := cur.ParentEdge(); k == edge.AssignStmt_Lhs {
				continue // f := func(...) {...}, checked by heldIn
			}
			calls, scopes = append(calls, cur), append(scopes, scope)
		}
	}
	if len(calls) == 0 {
		return false
	}
	for i, cur := range calls {
		if k, _ := cur.ParentEdge(); k != edge.CallExpr_Fun {
			return false // used as a value: called from who knows where
		}
		call := cur.Parent().Node().(*ast.CallExpr)
		if call.Ellipsis.IsValid() || idx >= len(call.Args) || !c.routePath(scopes[i], call.Args[idx], depth+1) {
			return false
		}
	}
	return true
}

// paramOwner returns the function declaration or literal within scope
// whose parameter v is, and v's index among its parameters.
func (c *checker) paramOwner(scope ast.Node, v *types.Var) (ast.Node, int) {
	root, ok := c.cursor(scope)
	if !ok {
		return nil, 0
	}
	for cur := range root.Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		ft := astx.FuncType(cur.Node())
		if v.Pos() < ft.Params.Pos() || v.Pos() >= ft.Params.End() {
			continue
		}
		i := 0
		for _, f := range ft.Params.List {
			for _, name := range f.Names {
				if c.pass.TypesInfo.Defs[name] == v {
					if _, variadic := f.Type.(*ast.Ellipsis); variadic {
						return nil, 0
					}
					return cur.Node(), i
				}
				i++
			}
		}
		return nil, 0
	}
	return nil, 0
}

// isParam reports whether v is a parameter of a function within scope.
func (c *checker) isParam(scope ast.Node, v *types.Var) bool {
	fn, _ := c.paramOwner(scope, v)
	return fn != nil
}

// heldIn returns the local variable of scope that lit is assigned to,
// when that variable is assigned nothing else: f := func(...) {...}.
func (c *checker) heldIn(scope ast.Node, lit *ast.FuncLit) *types.Var {
	root, ok := c.cursor(scope)
	if !ok {
		return nil
	}
	cur, ok := root.FindNode(lit)
	if !ok {
		return nil
	}
	lhs := astx.AssignedTo(cur)
	f := astx.IdentVar(c.pass.TypesInfo, lhs)
	if f == nil {
		return nil
	}
	if values, ok := c.writes(scope, f); !ok || len(values) != 1 || ast.Unparen(values[0]) != lit {
		return nil
	}
	return f
}

// writes returns the values assigned to v within scope by single
// assignments (v = x, v := x, var v = x); ok is false when v is also
// written another way: an operator assignment, ++ or --, a multi-value
// assignment, a range clause with =, or through its address.
func (c *checker) writes(scope ast.Node, v *types.Var) (values []ast.Expr, ok bool) {
	root, found := c.cursor(scope)
	if !found {
		return nil, false
	}
	for cur := range root.Preorder((*ast.Ident)(nil)) {
		if c.pass.TypesInfo.ObjectOf(cur.Node().(*ast.Ident)) != v {
			continue
		}
		switch k, i := cur.ParentEdge(); k {
		case edge.AssignStmt_Lhs:
			as := cur.Parent().Node().(*ast.AssignStmt)
			if (as.Tok != token.ASSIGN && as.Tok != token.DEFINE) || len(as.Lhs) != len(as.Rhs) {
				return nil, false
			}
			values = append(values, as.Rhs[i])
		case edge.ValueSpec_Names:
			vs := cur.Parent().Node().(*ast.ValueSpec)
			switch len(vs.Values) {
			case len(vs.Names):
				values = append(values, vs.Values[i])
			case 0: // var v T
			default:
				return nil, false
			}
		case edge.RangeStmt_Key, edge.RangeStmt_Value:
			if cur.Parent().Node().(*ast.RangeStmt).Tok != token.DEFINE {
				return nil, false
			}
		case edge.IncDecStmt_X:
			return nil, false
		case edge.UnaryExpr_X:
			if cur.Parent().Node().(*ast.UnaryExpr).Op == token.AND {
				return nil, false
			}
		}
	}
	return values, true
}

// cursor returns the cursor of the node n of the package's syntax.
func (c *checker) cursor(n ast.Node) (inspector.Cursor, bool) {
	if n == nil {
		return inspector.Cursor{}, false
	}
	if cur, ok := c.cursors[n]; ok {
		return cur, true
	}
	cur, ok := c.ins.Root().FindNode(n)
	if ok {
		c.cursors[n] = cur
	}
	return cur, ok
}

// funcDecl returns the declaration of fn in the package, or nil.
func (c *checker) funcDecl(fn *types.Func) *ast.FuncDecl {
	if fn.Pkg() != c.pass.Pkg {
		return nil
	}
	if c.decls == nil {
		c.decls = map[*types.Func]*ast.FuncDecl{}
		for _, f := range c.pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
					if obj, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						c.decls[obj] = fd
					}
				}
			}
		}
	}
	return c.decls[fn]
}

// usesOf returns the identifiers of the package that refer to obj.
func (c *checker) usesOf(obj types.Object) []*ast.Ident {
	if c.uses == nil {
		c.uses = map[types.Object][]*ast.Ident{}
		for id, o := range c.pass.TypesInfo.Uses {
			if o.Pkg() == c.pass.Pkg {
				c.uses[o] = append(c.uses[o], id)
			}
		}
	}
	return c.uses[obj]
}
