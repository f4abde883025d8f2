package highcardinality

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/reqscope"
)

// configured reports whether v, given to a metric label or attribute, is
// a value of the configuration read once in set-up code (a constructor,
// an init function, a package-level initialiser, as reqscope places
// them): the metric then takes one value per configured component, such
// as the endpoint of each configured remote client.
//
//	func NewClient(conf *Config) *Client {
//		return &Client{requests: requestsVec.WithLabelValues(conf.URL.String())}
//	}
//
// The value must be built only of variables, fields and the rendering
// of a URL (String, Redacted, EscapedPath), none of them a request or a
// response: a call of any other function may make a new value each time
// (uuid.NewString(), time.Now()).
func (c *checker) configured(v ast.Expr) bool {
	if !c.configValue(v, 0) {
		return false
	}
	cur, ok := c.cursor(v)
	if !ok {
		return false
	}
	return c.scope.At(cur).Kind == reqscope.Init
}

// configValue reports whether v is built only of constants, variables,
// field selections and URL renderings, with no request or response in it.
func (c *checker) configValue(v ast.Expr, depth int) bool {
	v = ast.Unparen(v)
	info := c.pass.TypesInfo
	tv, ok := info.Types[v]
	if !ok || tv.Type == nil || depth > 8 {
		return false
	}
	if tv.Value != nil {
		return true
	}
	if perRequest(tv.Type) {
		return false
	}
	switch v := v.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		return c.storedValue(v, depth)
	case *ast.StarExpr:
		return c.configValue(v.X, depth+1)
	case *ast.CallExpr:
		fn := apis.Callee(info, v)
		sel, ok := ast.Unparen(v.Fun).(*ast.SelectorExpr)
		if fn == nil || !ok {
			return false
		}
		if apis.RawKeyIn(fn, apis.TimeTexts) {
			// A time kept in a variable or field, such as the build
			// time of the binary, not time.Now().
			return c.storedValue(sel.X, depth+1)
		}
		if len(v.Args) == 0 && apis.RawKeyIn(fn, apis.URLTexts) {
			return c.configValue(sel.X, depth+1)
		}
	}
	return false
}

// storedValue reports whether v reads a variable or a field of one,
// however its type varies per call elsewhere: build.Info.Time.
func (c *checker) storedValue(v ast.Expr, depth int) bool {
	info := c.pass.TypesInfo
	switch v := ast.Unparen(v).(type) {
	case *ast.Ident:
		_, ok := info.Uses[v].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		if s := info.Selections[v]; s != nil && s.Kind() == types.FieldVal {
			return c.configValue(v.X, depth+1)
		}
		_, ok := info.Uses[v.Sel].(*types.Var)
		return ok
	}
	return false
}

// perRequest reports whether a value of type t is, or holds, what varies
// with every request or every call: an HTTP request or response, a UUID,
// a time.
func perRequest(t types.Type) bool {
	switch typeName(t) {
	case "net/http.Request", "net/http.Response", "github.com/google/uuid.UUID", "time.Time":
		return true
	}
	return false
}

// fromOtherModule reports whether the URL value v is a parameter of a
// method that implements an interface declared in a package of another
// module, given the URL itself:
//
//	func (a *latencyAdapter) Observe(ctx context.Context, verb string, u url.URL, d time.Duration) {
//		a.vec.WithLabelValues(verb, u.String()).Observe(d.Seconds())
//	}
//
// The other module's code calls it and chooses the URL (a template of
// its requests, an endpoint): the value is not known to be a request's.
// A request given to such a method (ServeHTTP's *http.Request) is
// followed as before: its URL is the one the client sent.
func (c *checker) fromOtherModule(scope ast.Node, v ast.Expr) bool {
	fd, ok := scope.(*ast.FuncDecl)
	if !ok || fd.Recv == nil {
		return false
	}
	v = ast.Unparen(v)
	if call, ok := v.(*ast.CallExpr); ok {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || len(call.Args) != 0 {
			return false
		}
		v = ast.Unparen(sel.X)
	}
	if star, ok := v.(*ast.StarExpr); ok {
		v = ast.Unparen(star.X)
	}
	id, ok := v.(*ast.Ident)
	if !ok {
		return false
	}
	param, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || typeName(param.Type()) != "net/url.URL" || !c.isParam(scope, param) {
		return false
	}
	if values, ok := c.writes(scope, param); !ok || len(values) > 0 {
		return false // reassigned
	}
	fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if !ok {
		return false
	}
	return c.implementsForeign(fn)
}

// implementsForeign reports whether the package hands a value of the
// receiver type of the method fn to an interface declared in a package
// of another module that has a method of fn's name (an assignment, a
// variable declaration, a call argument or a field of a composite
// literal), so that the other module's code calls it:
//
//	metrics.RequestLatency = &latencyAdapter{vec: latency}
//
// A type that merely has the method's signature is not enough: the
// module's own code may call it with any value.
func (c *checker) implementsForeign(fn *types.Func) bool {
	recv := fn.Type().(*types.Signature).Recv().Type()
	info := c.pass.TypesInfo
	found := false
	given := func(dst types.Type, e ast.Expr) {
		if found || dst == nil {
			return
		}
		t := info.TypeOf(e)
		if t == nil || !types.Identical(astx.Deref(t), astx.Deref(recv)) {
			return
		}
		named, ok := types.Unalias(dst).(*types.Named)
		if !ok || named.Obj().Pkg() == nil || c.sameModule(named.Obj().Pkg().Path()) {
			return
		}
		iface, ok := named.Underlying().(*types.Interface)
		if !ok {
			return
		}
		for m := range iface.Methods() {
			if m.Name() == fn.Name() {
				found = true
			}
		}
	}
	for cur := range c.ins.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil), (*ast.KeyValueExpr)(nil)) {
		if found {
			break
		}
		if passkit.IsTestFile(c.pass.Fset, cur.Node().Pos()) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					given(info.TypeOf(n.Lhs[i]), n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil {
				for _, v := range n.Values {
					given(info.TypeOf(n.Type), v)
				}
			}
		case *ast.CallExpr:
			if sig, ok := info.TypeOf(n.Fun).(*types.Signature); ok && !n.Ellipsis.IsValid() {
				for i, a := range n.Args {
					if i < sig.Params().Len() {
						given(sig.Params().At(i).Type(), a)
					}
				}
			}
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				if f, ok := info.Uses[id].(*types.Var); ok && f.IsField() {
					given(f.Type(), n.Value)
				}
			}
		}
	}
	return found
}

// sameModule reports whether the package path belongs to the module of
// the package under analysis (when the driver does not say, the first
// element of the package's path stands for it).
func (c *checker) sameModule(path string) bool {
	mod := ""
	if m := c.pass.Module; m != nil {
		mod = m.Path
	}
	if mod == "" {
		mod, _, _ = strings.Cut(c.pass.Pkg.Path(), "/")
	}
	return path == mod || strings.HasPrefix(path, mod+"/")
}

// boundedPath reports whether v, given to a path or URL key, takes one
// value per route of the program (see routePath) or per configured
// component (see configured).
func (c *checker) boundedPath(scope ast.Node, v ast.Expr) bool {
	return c.routePath(scope, v, 0) || c.configured(v)
}
