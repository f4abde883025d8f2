package sdksetup

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// The values the configuration checks look through. An option's argument
// is judged where it is written, or, for a local variable, at its
// assignments: one assignment gives the value (a sampler built once and
// passed on); several mean the code chooses among them (a switch on a
// configuration value), which the sampler checks leave alone.

// assignments returns the values given to the local variable named by e
// in the function declaration around at: the right-hand sides of its
// assignments, the call for a variable among the results of a call
// ("res, err := resource.New(ctx)"), and nil for a value that is no
// expression (a range, an increment, an operator assignment). ok is
// false when e is not a local variable or its address is taken.
func (c *checker) assignments(at inspector.Cursor, e ast.Expr) (values []ast.Expr, ok bool) {
	v := c.identVar(e)
	if v == nil {
		return nil, false
	}
	var fd inspector.Cursor
	found := false
	for fd = range at.Enclosing((*ast.FuncDecl)(nil)) {
		found = true
		break
	}
	if !found {
		return nil, false // a package-level initialiser: v is no local
	}
	decl := fd.Node().(*ast.FuncDecl)
	if !local(v, decl.Body) {
		return nil, false
	}
	info := c.pass.TypesInfo
	for cur := range fd.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if id.Name != v.Name() || info.Uses[id] != v && info.Defs[id] != v {
			continue
		}
		k, i := cur.ParentEdge()
		switch k {
		case edge.AssignStmt_Lhs:
			as := cur.Parent().Node().(*ast.AssignStmt)
			switch {
			case as.Tok != token.ASSIGN && as.Tok != token.DEFINE:
				values = append(values, nil)
			case len(as.Lhs) == len(as.Rhs):
				values = append(values, as.Rhs[i])
			case len(as.Rhs) == 1:
				values = append(values, as.Rhs[0])
			default:
				values = append(values, nil)
			}
		case edge.ValueSpec_Names:
			vs := cur.Parent().Node().(*ast.ValueSpec)
			switch {
			case len(vs.Values) == len(vs.Names):
				values = append(values, vs.Values[i])
			case len(vs.Values) == 1:
				values = append(values, vs.Values[0])
			}
		case edge.RangeStmt_Key, edge.RangeStmt_Value, edge.IncDecStmt_X:
			values = append(values, nil)
		case edge.UnaryExpr_X:
			if cur.Parent().Node().(*ast.UnaryExpr).Op == token.AND {
				return nil, false // &v: assigned where we cannot see
			}
		}
	}
	return values, true
}

// singleValue returns the value of the local variable named by e when it
// is assigned exactly once, with a single expression; otherwise nil.
func (c *checker) singleValue(at inspector.Cursor, e ast.Expr) ast.Expr {
	values, ok := c.assignments(at, e)
	if !ok || len(values) != 1 {
		return nil
	}
	return values[0]
}
