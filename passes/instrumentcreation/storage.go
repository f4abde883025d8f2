package instrumentcreation

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/astx"
)

// Where the value of a creation goes. A loop in request-scoped code that
// stores what it creates into a table (a map, a slice, a field) builds the
// table once rather than creating per request, so such a creation is not
// reported where it is; its function is learnt to create instead, and a
// handler calling it is reported.

// stored reports whether the value of the call at cur is kept in a table
// or a struct: assigned to a map or slice element, a field or a package
// variable, directly or through a local variable later stored so or
// appended.
func stored(info *types.Info, cur inspector.Cursor) bool {
	lhs := assignedTo(cur)
	if lhs == nil {
		return false
	}
	if isStorage(info, lhs) {
		return true
	}
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok {
		return false
	}
	decl := astx.EnclosingDecl(cur)
	if decl == nil || decl.Body == nil {
		return false
	}
	uses := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
				found = true
			}
			return !found
		})
		return found
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if i < len(n.Rhs) && isStorage(info, l) && uses(n.Rhs[i]) {
					found = true
				}
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
					for _, a := range n.Args[min(1, len(n.Args)):] {
						if uses(a) {
							found = true
						}
					}
				}
			}
		}
		return true
	})
	return found
}

// isStorage reports whether e is a place that outlives the statement: a
// map or slice element, a field, or a package-level variable.
func isStorage(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		return true
	case *ast.SelectorExpr:
		sel, ok := info.Selections[e]
		if ok {
			return sel.Kind() == types.FieldVal
		}
		return isPackageVar(info.Uses[e.Sel])
	case *ast.Ident:
		return isPackageVar(info.ObjectOf(e))
	case *ast.StarExpr:
		return true
	}
	return false
}

// isPackageVar reports whether obj is a package-level variable.
func isPackageVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// assignedTo returns the expression the value of the call at cur is
// stored to, or nil. For a call with two results (v, err := call) it is
// the first.
func assignedTo(cur inspector.Cursor) ast.Expr {
	e, i := cur.ParentEdge()
	switch e {
	case edge.AssignStmt_Rhs:
		as := cur.Parent().Node().(*ast.AssignStmt)
		if len(as.Lhs) == len(as.Rhs) {
			return as.Lhs[i]
		}
		return as.Lhs[0]
	case edge.ValueSpec_Values:
		vs := cur.Parent().Node().(*ast.ValueSpec)
		if len(vs.Names) == len(vs.Values) {
			return vs.Names[i]
		}
		return vs.Names[0]
	}
	return nil
}

// assignedVar returns the local variable the call at cur is assigned to
// (v := call, v = call, var v = call), or nil.
func assignedVar(info *types.Info, cur inspector.Cursor) *types.Var {
	lhs := assignedTo(cur)
	if lhs == nil {
		return nil
	}
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	return v
}

// localVar returns the local variable e names, or nil.
func localVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return v
}
