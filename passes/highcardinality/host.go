package highcardinality

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// adviceHost is what to do about the Host header as a metric attribute.
const adviceHost = "the client chooses the Host header; record the configured server name, or leave server.address off server metrics, where it is opt-in"

// hostHeader returns the r.Host expression that the value v of scope
// comes from, or nil: the Host of a request the program received, which
// any client may set to anything. It is followed through the local
// variables of scope and through calls that split a host from it:
//
//	attribute.String("server.address", r.Host)
//	host, port := net.SplitHostPort(r.Host)   (or a function of the package
//	                                           that returns a part of its argument)
//
// A request is taken as received when it is a parameter of a function
// that neither takes nor returns an *http.Response (client code does).
func (c *checker) hostHeader(scope ast.Node, v ast.Expr, depth int) ast.Expr {
	v = ast.Unparen(v)
	if depth > maxRouteDepth || scope == nil {
		return nil
	}
	info := c.pass.TypesInfo
	switch v := v.(type) {
	case *ast.SelectorExpr:
		if field(info, v) == "net/http.Request.Host" && c.received(scope, v.X) {
			return v
		}
	case *ast.Ident:
		obj, ok := info.Uses[v].(*types.Var)
		if !ok || obj.IsField() || obj.Parent() == c.pass.Pkg.Scope() {
			return nil
		}
		for _, rhs := range c.firstValues(scope, obj) {
			if at := c.hostHeader(scope, rhs, depth+1); at != nil {
				return at
			}
		}
	case *ast.CallExpr:
		if arg := c.splitArg(v); arg != nil {
			return c.hostHeader(scope, arg, depth+1)
		}
	}
	return nil
}

// firstValues returns what the assignments of scope give the variable v:
// the matching value of v = x, or the call of v, w = f(x) when v comes
// first (whose first result it is).
func (c *checker) firstValues(scope ast.Node, v *types.Var) []ast.Expr {
	root, ok := c.cursor(scope)
	if !ok {
		return nil
	}
	var out []ast.Expr
	for cur := range root.Preorder((*ast.Ident)(nil)) {
		if c.pass.TypesInfo.ObjectOf(cur.Node().(*ast.Ident)) != v {
			continue
		}
		k, i := cur.ParentEdge()
		if k != edge.AssignStmt_Lhs {
			if k == edge.ValueSpec_Names {
				if vs := cur.Parent().Node().(*ast.ValueSpec); len(vs.Values) == len(vs.Names) {
					out = append(out, vs.Values[i])
				}
			}
			continue
		}
		as := cur.Parent().Node().(*ast.AssignStmt)
		switch {
		case as.Tok != token.ASSIGN && as.Tok != token.DEFINE:
		case len(as.Lhs) == len(as.Rhs):
			out = append(out, as.Rhs[i])
		case len(as.Rhs) == 1 && i == 0:
			out = append(out, as.Rhs[0])
		}
	}
	return out
}

// received reports whether the request x is a parameter of a function of
// scope that neither takes nor returns an *http.Response.
func (c *checker) received(scope ast.Node, x ast.Expr) bool {
	v := astx.IdentVar(c.pass.TypesInfo, x)
	if v == nil {
		return false
	}
	fn, _ := c.paramOwner(scope, v)
	if fn == nil {
		return false
	}
	var sig *types.Signature
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		if obj, ok := c.pass.TypesInfo.Defs[fn.Name].(*types.Func); ok {
			sig = obj.Type().(*types.Signature)
		}
	case *ast.FuncLit:
		sig, _ = c.pass.TypesInfo.TypeOf(fn).(*types.Signature)
	}
	if sig == nil {
		return false
	}
	for _, tup := range []*types.Tuple{sig.Params(), sig.Results()} {
		for p := range tup.Variables() {
			if typeName(p.Type()) == "net/http.Response" {
				return false // client code
			}
		}
	}
	return true
}

// splitArg returns the argument of a call whose first result is a part
// of it: net.SplitHostPort(hostport), or a function of the package with
// one string parameter whose first result, on some path, is that
// parameter, a slice of it, or the host net.SplitHostPort splits from it.
func (c *checker) splitArg(call *ast.CallExpr) ast.Expr {
	if len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return nil
	}
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return nil
	}
	if c.idx.FuncKey(fn) == apis.NetSplitHostPort {
		return call.Args[0]
	}
	decl := c.funcDecl(fn.Origin())
	if decl == nil {
		return nil
	}
	sig := fn.Origin().Type().(*types.Signature)
	if sig.Params().Len() != 1 || sig.Results().Len() == 0 || !isString(sig.Params().At(0).Type()) || !isString(sig.Results().At(0).Type()) {
		return nil
	}
	if c.returnsPart(decl, sig.Params().At(0), sig.Results().At(0)) {
		return call.Args[0]
	}
	return nil
}

// returnsPart reports whether decl gives its first result, res, on some
// path, the parameter p, a slice of it, or net.SplitHostPort's host of it.
func (c *checker) returnsPart(decl *ast.FuncDecl, p, res *types.Var) bool {
	info := c.pass.TypesInfo
	part := func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			return info.Uses[e] == p
		case *ast.SliceExpr:
			return astx.IdentVar(info, e.X) == p
		case *ast.CallExpr:
			fn := apis.Callee(c.pass.TypesInfo, e)
			return fn != nil && c.idx.FuncKey(fn) == apis.NetSplitHostPort &&
				len(e.Args) == 1 && astx.IdentVar(info, e.Args[0]) == p
		}
		return false
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // a closure's returns are its own
		case *ast.ReturnStmt:
			if len(n.Results) > 0 && part(n.Results[0]) {
				found = true
			}
		case *ast.AssignStmt:
			if res.Name() == "" || len(n.Lhs) == 0 || astx.IdentVar(info, n.Lhs[0]) != res {
				return true
			}
			if (len(n.Lhs) == len(n.Rhs) || len(n.Rhs) == 1) && part(n.Rhs[0]) {
				found = true
			}
		}
		return true
	})
	return found
}

// isString reports whether t is a string type.
func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
