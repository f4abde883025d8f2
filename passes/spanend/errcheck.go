package spanend

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/otellint/otellint/internal/astx"
)

// A helper that starts a span and returns it with an error follows the Go
// convention when it returns a nil span with every error
// (spanFact.NilOnError): its caller's "if err != nil { return err }"
// right after the call has no span to end or mark.
//
//	env, span, err := envelope(ctx, msg)
//	if err != nil {
//		return err // span is nil here
//	}
//	defer span.End()
//
// Only the if statement right after the call (or the one whose init
// statement is the call) is trusted: further down the error variable may
// hold the error of another call ("conn, err := dial()").

// errCheck returns the condition of the if statement that checks the
// error of the creation cr, a call of a helper that returns a nil span
// with every error, and the variable its error is assigned to; or nils.
func (c *checker) errCheck(fc inspector.Cursor, cr *creation) (ast.Expr, *types.Var) {
	if cr.nresults < 2 || len(cr.lhs) != cr.nresults {
		return nil, nil
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, cr.call).(*types.Func)
	if fn == nil {
		return nil, nil
	}
	if f := c.factOf(fn.Origin()); f == nil || !f.NilOnError || f.Start-1 != cr.spanIdx {
		return nil, nil
	}
	errVar := astx.IdentVar(c.pass.TypesInfo, cr.lhs[cr.nresults-1])
	if errVar == nil {
		return nil, nil
	}
	var cond ast.Expr
	fc.Inspect([]ast.Node{(*ast.BlockStmt)(nil), (*ast.CaseClause)(nil), (*ast.CommClause)(nil), (*ast.IfStmt)(nil)}, func(cur inspector.Cursor) bool {
		if cond != nil {
			return false
		}
		var list []ast.Stmt
		switch n := cur.Node().(type) {
		case *ast.IfStmt:
			if n.Init == cr.stmt {
				cond = n.Cond
				return false
			}
			return true
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		}
		for i, st := range list {
			if st == cr.stmt && i+1 < len(list) {
				if next, ok := list[i+1].(*ast.IfStmt); ok && next.Init == nil {
					cond = next.Cond
				}
				return false
			}
		}
		return true
	})
	if cond == nil {
		return nil, nil
	}
	return cond, errVar
}

// nilWhen is the checker's nilWhen, which also knows that the span is
// nil where the error check after the call finds the error not nil.
func (f *flow) nilWhen(cond ast.Expr, truth bool) []*types.Var {
	vs := f.c.nilWhen(cond, truth)
	if cond.Pos() < f.errCheck.Pos() || cond.End() > f.errCheck.End() || !f.notNil(cond, truth) {
		return vs
	}
	if v := f.cr.spanVar(f.c); v != nil {
		vs = append(vs, v)
	}
	return vs
}

// notNil reports whether cond, evaluating to truth, finds the error
// variable of the check not nil: err != nil, or err == nil when false.
func (f *flow) notNil(cond ast.Expr, truth bool) bool {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		return e.Op == token.NOT && f.notNil(e.X, !truth)
	case *ast.BinaryExpr:
		if e.Op != token.EQL && e.Op != token.NEQ || (e.Op == token.NEQ) != truth {
			return false
		}
		info := f.c.pass.TypesInfo
		x, y := e.X, e.Y
		if astx.IsNil(info, x) {
			x, y = y, x
		}
		return astx.IsNil(info, y) && astx.IdentVar(info, x) == f.errVar
	}
	return false
}
