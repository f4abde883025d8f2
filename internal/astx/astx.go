// Package astx holds the small syntax and type helpers that several passes
// need: whether an expression is the nil literal, a type without its
// pointer, whether a type is an error, the function around a node, the place a
// value is assigned to. Each was once written in several
// passes; this is the one copy.
package astx

import (
	"go/ast"
	"go/token"
	"go/types"
	"math"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/passkit"
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
	// Up the parents by hand: Cursor.Enclosing allocates, and this is
	// asked of many nodes.
	for c := cur; c.Node() != nil; c = c.Parent() {
		switch c.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return c, true
		case *ast.File:
			return inspector.Cursor{}, false
		}
	}
	return inspector.Cursor{}, false
}

// EnclosingDecl returns the function declaration around cur, skipping
// function literals, or nil.
func EnclosingDecl(cur inspector.Cursor) *ast.FuncDecl {
	for c := cur; c.Node() != nil; c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			return n
		case *ast.File:
			return nil
		}
	}
	return nil
}

// Unconvert returns e without the parentheses and the conversions to a
// type around it: string(b), []byte(s), float64(n), (T)(x) give b, s, n
// and x.
func Unconvert(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return e
		}
		if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() {
			return e
		}
		e = call.Args[0]
	}
}

// Unaddress returns e without the parentheses, address-of operators and
// pointer indirections around it: &u, *p and (&(v)) give u, p and v.
func Unaddress(e ast.Expr) ast.Expr {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return x
			}
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return x
		}
	}
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

// SingleDef returns the value of the local variable id when it is
// assigned exactly once in the function around cur (its declaration
// included) and its address is not taken; nil otherwise.
func SingleDef(info *types.Info, cur inspector.Cursor, id *ast.Ident) ast.Expr {
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || v.IsField() {
		return nil
	}
	var body ast.Node
	if d := EnclosingDecl(cur); d != nil {
		body = d
	} else if fn, ok := EnclosingFunc(cur); ok {
		body = fn.Node()
	} else {
		return nil
	}
	var def ast.Expr
	n := 0
	ast.Inspect(body, func(node ast.Node) bool {
		switch node := node.(type) {
		case *ast.UnaryExpr:
			if node.Op == token.AND {
				if x, ok := ast.Unparen(node.X).(*ast.Ident); ok && info.Uses[x] == v {
					n = math.MaxInt / 2 // its address escapes: any write may follow
				}
			}
		case *ast.IncDecStmt:
			if x, ok := ast.Unparen(node.X).(*ast.Ident); ok && info.Uses[x] == v {
				n++
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{node.Key, node.Value} {
				if x, ok := e.(*ast.Ident); ok && info.ObjectOf(x) == v {
					n++
				}
			}
		case *ast.AssignStmt, *ast.ValueSpec:
			lhs, rhs := passkit.Assignment(node)
			for i, l := range lhs {
				if x, ok := l.(*ast.Ident); ok && info.ObjectOf(x) == v {
					n++
					if len(lhs) == len(rhs) {
						def = rhs[i]
					}
					if as, ok := node.(*ast.AssignStmt); ok && as.Tok != token.ASSIGN && as.Tok != token.DEFINE {
						n++ // x += y: a second value
					}
				}
			}
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return def
}

// AssignedTo returns the expression that the value at cur is assigned to
// one to one: the matching left-hand side of v := x or v, w = x, y, or
// the matching name of var v = x; nil elsewhere (and for v, err := f(),
// where one value fills several places).
func AssignedTo(cur inspector.Cursor) ast.Expr {
	switch k, i := cur.ParentEdge(); k {
	case edge.AssignStmt_Rhs:
		if as := cur.Parent().Node().(*ast.AssignStmt); len(as.Lhs) == len(as.Rhs) {
			return as.Lhs[i]
		}
	case edge.ValueSpec_Values:
		if vs := cur.Parent().Node().(*ast.ValueSpec); len(vs.Names) == len(vs.Values) {
			return vs.Names[i]
		}
	}
	return nil
}

// FuncType returns the type of a function declaration or literal, or nil
// for any other node.
func FuncType(n ast.Node) *ast.FuncType {
	switch n := n.(type) {
	case *ast.FuncDecl:
		return n.Type
	case *ast.FuncLit:
		return n.Type
	}
	return nil
}

// ScopeOf returns the cursor, below root, of the node whose scope holds
// the local obj (the function or block it is declared in): where all of
// its uses are. It is false for a package-level or universe object.
func ScopeOf(root inspector.Cursor, obj types.Object) (inspector.Cursor, bool) {
	scope := obj.Parent()
	if scope == nil || !scope.Pos().IsValid() {
		return inspector.Cursor{}, false
	}
	return root.FindByPos(scope.Pos(), scope.End())
}

// IsParam reports whether v is a parameter of fd (not its receiver).
func IsParam(info *types.Info, fd *ast.FuncDecl, v *types.Var) bool {
	for _, f := range fd.Type.Params.List {
		for _, n := range f.Names {
			if info.Defs[n] == v {
				return true
			}
		}
	}
	return false
}
