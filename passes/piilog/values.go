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
//	cookie.Value, a *http.Cookie, r.Cookies() -> "cookie" (see [apis.ValueNames])
//	nosurf.Token(r)    -> "csrf token" (see [apis.ResultNames])
//	auth, given r.Header.Get("Authorization") once -> "Authorization"
func (c *checker) valueName(value ast.Expr) (string, bool) {
	return c.valueNameAt(value, 0)
}

// valueNameAt is [checker.valueName] at depth definitions followed.
func (c *checker) valueNameAt(value ast.Expr, depth int) (string, bool) {
	for {
		if t := c.pass.TypesInfo.TypeOf(value); t != nil {
			if name := apis.ValueName(apis.TypeKey(elemType(t))); name != "" {
				return name, false // a cookie or cookies, whatever the variable's name
			}
		}
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
			obj, ok := c.pass.TypesInfo.Uses[v].(*types.Var)
			if !ok {
				return "", false
			}
			// A variable whose name says nothing is named by the one
			// value it was given: auth := r.Header.Get("Authorization").
			if init := c.inits[obj]; init != nil && depth < 4 && !c.m.mentions(v.Name) {
				if name, personal := c.valueNameAt(init, depth+1); name != "" {
					return name, personal
				}
			}
			return v.Name, false
		case *ast.SelectorExpr:
			sel := c.pass.TypesInfo.Selections[v]
			if sel != nil && sel.Kind() == types.FieldVal {
				if name := apis.ValueName(apis.TypeKey(sel.Recv()) + "." + v.Sel.Name); name != "" {
					return name, false // cookie.Value
				}
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
			if name := apis.ResultName(apis.Callee(c.pass.TypesInfo, v)); name != "" {
				return name, false // nosurf.Token(r): a CSRF token
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
			case len(v.Args) >= 1 && c.namedLookup(v):
				if s, ok := constval.String(c.pass.TypesInfo, v.Args[len(v.Args)-1]); ok {
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

// elemType returns the element type of a slice or array type (r.Cookies()
// holds cookies), and any other type as it is.
func elemType(t types.Type) types.Type {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return u.Elem()
	case *types.Array:
		return u.Elem()
	}
	return t
}
