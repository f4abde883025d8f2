package rawlogging

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// inDeadBranch reports whether cur lies in a branch of an if statement
// that never runs in any build: the body of an if whose condition is
// false, or its else when the condition is true, where the condition is
// written with literals and the universe's true and false alone.
//
//	if false {
//		print(isdst) // keeps the variable used; never runs
//	}
//
// A named constant is not followed: its value may differ between builds
// (runtime.GOOS, a debug switch set by a build tag), and so may whether
// the branch runs.
func (c *checker) inDeadBranch(cur inspector.Cursor) bool {
	for n := range cur.Enclosing() {
		e, _ := n.ParentEdge()
		if e != edge.IfStmt_Body && e != edge.IfStmt_Else {
			continue
		}
		cond := n.Parent().Node().(*ast.IfStmt).Cond
		if v, ok := c.literalBool(cond); ok && v == (e == edge.IfStmt_Else) {
			return true
		}
	}
	return false
}

// literalBool returns the value of a boolean condition that is constant
// and names no constant but the universe's true and false: false, !true,
// 1 > 2.
func (c *checker) literalBool(cond ast.Expr) (value, ok bool) {
	tv, ok := c.pass.TypesInfo.Types[cond]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false, false
	}
	literal := true
	ast.Inspect(cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			obj := c.pass.TypesInfo.Uses[id]
			literal = literal && obj != nil && obj.Parent() == types.Universe
		}
		return literal
	})
	return constant.BoolVal(tv.Value), literal
}
