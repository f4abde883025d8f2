package piilog

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
)

// valueName returns the name that says what a value holds, and whether
// it is a field of a struct that holds other personal data (which makes
// an address personal):
//
//	phone              -> "phone"
//	user.Email         -> "Email"
//	req.GetPassword()  -> "GetPassword"
//	string(u.Phone)    -> "Phone"
//	r.FormValue("email"), os.Getenv("API_TOKEN") -> the constant
func (c *checker) valueName(value ast.Expr) (string, bool) {
	for {
		switch v := ast.Unparen(value).(type) {
		case *ast.StarExpr:
			value = v.X
			continue
		case *ast.UnaryExpr:
			if v.Op != token.AND {
				return "", false
			}
			value = v.X
			continue
		case *ast.Ident:
			if _, ok := c.pass.TypesInfo.Uses[v].(*types.Var); ok {
				return v.Name, false
			}
			return "", false
		case *ast.SelectorExpr:
			sel := c.pass.TypesInfo.Selections[v]
			if sel != nil && sel.Kind() == types.FieldVal {
				return v.Sel.Name, c.otherPersonalFields(sel.Recv(), v.Sel.Name)
			}
			if sel == nil {
				// A package-level variable: pkg.Var.
				if _, ok := c.pass.TypesInfo.Uses[v.Sel].(*types.Var); ok {
					return v.Sel.Name, false
				}
			}
			return "", false
		case *ast.CallExpr:
			if tv := c.tv(v.Fun); tv.IsType() && len(v.Args) == 1 {
				value = v.Args[0] // a conversion
				continue
			}
			sel, ok := ast.Unparen(v.Fun).(*ast.SelectorExpr)
			if !ok {
				return "", false
			}
			switch {
			case len(v.Args) == 0 && c.pass.TypesInfo.Selections[sel] != nil:
				// A getter: req.GetPassword(), u.Email().
				s := c.pass.TypesInfo.Selections[sel]
				return sel.Sel.Name, s.Kind() == types.MethodVal && c.otherPersonalFields(s.Recv(), "")
			case len(v.Args) == 1 && c.namedLookup(v):
				if s, ok := constval.String(c.pass.TypesInfo, v.Args[0]); ok {
					return s, false
				}
			}
			return "", false
		default:
			return "", false
		}
	}
}

// namedLookup reports whether call reads a value by the name it is given
// (see [apis.NamedLookups]).
func (c *checker) namedLookup(call *ast.CallExpr) bool {
	fn := apis.Callee(c.pass.TypesInfo, call)
	return fn != nil && apis.IsNamedLookup(fn)
}

// fromPersonalStruct reports whether value is a field of a struct that
// holds other personal data (u.Address of a User with a Phone).
func (c *checker) fromPersonalStruct(value ast.Expr) bool {
	_, personal := c.valueName(value)
	return personal
}

// maskedValue reports whether value is produced by a masking function:
// one whose name says hash, mask, redact, anonymize... or a function of
// the crypto and hash packages.
func (c *checker) maskedValue(value ast.Expr) bool {
	found := false
	ast.Inspect(value, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		var name string
		switch f := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			name = f.Name
		case *ast.SelectorExpr:
			name = f.Sel.Name
		case *ast.IndexExpr:
			if id, ok := f.X.(*ast.Ident); ok {
				name = id.Name
			}
		}
		if name != "" && masked(name) {
			found = true
			return false
		}
		if fn := apis.Callee(c.pass.TypesInfo, call); fn != nil && fn.Pkg() != nil {
			p := fn.Pkg().Path()
			if strings.HasPrefix(p, "crypto/") || strings.HasPrefix(p, "hash/") || p == "hash" {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// safeType reports whether values of t cannot be the personal data:
// booleans, numbers, time.Time and time.Duration.
func safeType(t types.Type) bool {
	t = astx.Deref(types.Unalias(t))
	if isNamedType(t, "time", "Time") || isNamedType(t, "time", "Duration") {
		return true
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsBoolean|types.IsNumeric) != 0
}
