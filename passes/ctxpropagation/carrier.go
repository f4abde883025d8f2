package ctxpropagation

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/ctxscope"
)

// Only a carrier, a context variable that holds the caller's trace (see
// [ctxscope.Carriers]), makes a context.Background() beside it a dropped
// trace: a local that holds a fresh root, a field's context or an
// option's is not the caller's, and replacing it loses nothing.

// find returns the caller's context available at cur: a context
// parameter, a local context that carries the caller's trace, or the
// Context() of an *http.Request parameter.
func (c *checker) find(cur inspector.Cursor) (ctxscope.Source, bool) {
	return c.carriers.Find(cur)
}

// carrierExpr reports whether e yields a context that carries a trace.
func (c *checker) carrierExpr(e ast.Expr) bool {
	return c.carriers.Expr(e)
}

// isVar reports whether e is a use of the variable v.
func (c *checker) isVar(e ast.Expr, v types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && c.pass.TypesInfo.Uses[id] == v
}
