package spanend

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/otellint/otellint/internal/apis"
)

// endsOnError returns the error result of the function when the deferred
// call d is a closure that ends the tracked span only when that result is
// not nil, and nil otherwise:
//
//	defer func() {
//		if err != nil {
//			span.SetStatus(codes.Error, err.Error())
//			span.End()
//		}
//	}()
//
// Every End of the span in the closure (outside the function literals in
// it) must sit in the body of an if whose condition holds only when the
// named error result err is not nil; an End anywhere else (an else branch,
// after the if) ends it on success too. The returns that leave err nil
// then leak the span.
func (c *checker) endsOnError(d *ast.DeferStmt, t *tracked) *types.Var {
	lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
	if !ok {
		return nil
	}
	var (
		errVar  *types.Var
		ends    int
		guarded int
		conds   []*types.Var // the error guarding each enclosing if body
	)
	var visit func(n ast.Node)
	visit = func(n ast.Node) {
		ast.Inspect(n, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.FuncLit:
				return false
			case *ast.IfStmt:
				if x.Init != nil {
					visit(x.Init)
				}
				visit(x.Cond)
				var guard *types.Var
				for _, v := range c.nilWhen(x.Cond, false) {
					if isErrorType(v.Type()) {
						guard = v
					}
				}
				conds = append(conds, guard)
				visit(x.Body)
				conds = conds[:len(conds)-1]
				if x.Else != nil {
					visit(x.Else)
				}
				return false
			case *ast.CallExpr:
				if c.idx.Is(x, apis.SpanEnd) && c.onTracked(t, x) {
					ends++
					if i := slices.IndexFunc(conds, func(v *types.Var) bool { return v != nil }); i >= 0 {
						guarded++
						errVar = conds[i]
					}
				}
			}
			return true
		})
	}
	visit(lit.Body)
	if ends == 0 || guarded != ends || errVar == nil {
		return nil
	}
	return errVar
}
