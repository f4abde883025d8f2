// Package astx holds the small syntax and type helpers that several passes
// need: whether an expression is the nil literal, a type without its
// pointer, whether a type is an error, the function around a node. Each was once written in several
// passes; this is the one copy.
package astx

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// IsNil reports whether e, without parentheses, is the predeclared nil.
func IsNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[ast.Unparen(e)]
	return ok && tv.IsNil()
}

// Deref returns the element type of a pointer type, and t otherwise.
func Deref(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// errorIface is the predeclared error interface.
var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// IsError reports whether values of t are errors: t implements error.
func IsError(t types.Type) bool {
	return t != nil && types.Implements(t, errorIface)
}

// EnclosingFunc returns the cursor of the innermost function declaration
// or function literal around cur, and false when cur is outside any
// function (a package-level declaration). A cursor on a function is its
// own enclosing function.
func EnclosingFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return fc, true
	}
	return inspector.Cursor{}, false
}

// EnclosingDecl returns the function declaration around cur, skipping
// function literals, or nil.
func EnclosingDecl(cur inspector.Cursor) *ast.FuncDecl {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return c.Node().(*ast.FuncDecl)
	}
	return nil
}

// IdentVar returns the variable an identifier (in parentheses or not)
// defines or uses, or nil for anything else and for the blank.
func IdentVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	if v, ok := info.Defs[id].(*types.Var); ok {
		return v
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}
