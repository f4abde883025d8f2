package piilog

import (
	"go/ast"
	"go/types"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// noteBodies records the variables that hold a whole body:
//
//	body, err := io.ReadAll(r.Body)
func (c *checker) noteBodies(lhs, rhs []ast.Expr) {
	if len(rhs) != 1 || len(lhs) == 0 {
		return
	}
	call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return
	}
	if fn := apis.Callee(c.pass.TypesInfo, call); fn == nil || !apis.IsBodyReader(fn) {
		return
	}
	kind := ""
	ast.Inspect(call.Args[0], func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Body" || kind != "" {
			return kind == ""
		}
		if t := c.pass.TypesInfo.TypeOf(sel.X); t != nil {
			switch {
			case isHTTPType(t, "Request"):
				kind = "request"
			case isHTTPType(t, "Response"):
				kind = "response"
			}
		}
		return true
	})
	if kind == "" {
		return
	}
	if id, ok := lhs[0].(*ast.Ident); ok {
		if obj := c.pass.TypesInfo.ObjectOf(id); obj != nil {
			c.bodies[obj] = kind
		}
	}
}

// body reports whether value is a body read whole, or a conversion of
// one: body, string(body).
func (c *checker) body(value ast.Expr) (string, bool) {
	for {
		switch v := ast.Unparen(value).(type) {
		case *ast.CallExpr:
			if tv := c.tv(v.Fun); tv.IsType() && len(v.Args) == 1 {
				value = v.Args[0]
				continue
			}
			return "", false
		case *ast.Ident:
			obj := c.pass.TypesInfo.Uses[v]
			if obj == nil {
				return "", false
			}
			kind, ok := c.bodies[obj]
			return kind, ok
		default:
			return "", false
		}
	}
}

// isHTTPType reports whether t is net/http.<name> or a pointer to it.
func isHTTPType(t types.Type, name string) bool {
	return isNamedType(astx.Deref(types.Unalias(t)), apis.HTTPPkg, name)
}
