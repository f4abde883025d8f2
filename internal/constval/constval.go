// Package constval resolves the constant strings otellint reasons about:
// span names, attribute and label keys, log field keys. A value is
// resolved through literals, named constants, typed constants such as
// attribute.Key("user_id") and semconv keys, and concatenation of
// constants (all of which go/types already folds).
package constval

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/otellint/otellint/internal/apis"
)

// String returns the constant string value of e, if e is constant.
func String(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// AttrKey returns the key expression and constant key of an expression
// that builds an attribute.KeyValue:
//
//	attribute.String("k", v)          -> "k"
//	attribute.Key("k").String(v)      -> "k"
//	semconv.UserIDKey.String(v)       -> "user.id"
//	semconv.ServiceName(v)            -> "service.name" (via ServiceNameKey)
//	attribute.KeyValue{Key: "k", ...} -> "k"
//
// keyExpr is the expression to report at; ok is false when the key is not
// constant or e is not such an expression.
func AttrKey(idx *apis.Index, info *types.Info, e ast.Expr) (key string, keyExpr ast.Expr, ok bool) {
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.CallExpr:
		k := idx.Key(e)
		switch {
		case k != "" && strings.HasPrefix(k, apis.AttributePkg+".") && len(e.Args) >= 1:
			s, ok := String(info, e.Args[0])
			return s, e.Args[0], ok
		case k != "" && strings.HasPrefix(k, "("+apis.AttributePkg+".Key)."):
			sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
			if !ok {
				return "", nil, false
			}
			s, ok := String(info, sel.X)
			return s, sel.X, ok
		}
		// A semconv-style helper: func ServiceName(v string) attribute.KeyValue,
		// whose key is the constant ServiceNameKey of the same package.
		if fn := apis.Callee(info, e); fn != nil && fn.Pkg() != nil && strings.HasPrefix(fn.Pkg().Path(), apis.SemconvPrefix) {
			if c, ok := fn.Pkg().Scope().Lookup(fn.Name() + "Key").(*types.Const); ok && c.Val().Kind() == constant.String {
				return constant.StringVal(c.Val()), e, true
			}
		}
	case *ast.CompositeLit:
		if tv, ok := info.Types[e]; ok && isNamed(tv.Type, apis.AttributePkg, "KeyValue") {
			for _, elt := range e.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Key" {
						s, ok := String(info, kv.Value)
						return s, kv.Value, ok
					}
				}
			}
		}
	}
	return "", nil, false
}

func isNamed(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

// Words splits an identifier or key into lower-case words, across case
// changes and the separators . _ - and space: "userID" -> [user id],
// "enduser.id" -> [enduser id], "HTTPRequestURI" -> [http request uri].
func Words(s string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == '.' || r == '_' || r == '-' || r == ' ' || r == '/' || r == ':':
			flush()
		case isUpper(r):
			// Start a new word at a lower->upper change, or at the last
			// upper of an acronym followed by a lower ("HTTPServer" -> http server).
			if len(cur) > 0 && (!isUpper(rs[i-1]) || (i+1 < len(rs) && isLower(rs[i+1]))) {
				flush()
			}
			cur = append(cur, r)
		case isDigit(r):
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return words
}

func isUpper(r rune) bool { return r >= 'A' && r <= 'Z' }
func isLower(r rune) bool { return r >= 'a' && r <= 'z' }
func isDigit(r rune) bool { return r >= '0' && r <= '9' }
