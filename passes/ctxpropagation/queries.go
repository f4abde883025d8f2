package ctxpropagation

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
)

// query checks a database/sql method that has a ...Context twin.
func (c *checker) query(cur inspector.Cursor, call *ast.CallExpr, key string) {
	twin := apis.SQLTwins[key]
	twinName := funcName(twin)
	name := calleeName(key)
	src, ok := c.find(cur)
	if !ok && !c.cfg.Strict || c.testOnly(cur) {
		return
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: CategoryQueryWithoutCtx}
	if !ok {
		d.Message = name + " runs without a context, so it is not traced under the caller's span; use " + twinName + " with the caller's context"
		c.report(d)
		return
	}
	expr, fixable := c.argExpr(cur, src)
	extra, rest := "", ", ..."
	switch {
	case twin == apis.SQLBeginTx:
		extra, rest = "nil", ", nil"
	case len(call.Args) == 0:
		rest = ""
	}
	d.Message = name + " runs without " + src.Expr() + ", so it is not traced under the caller's span; use " + twinName + "(" + expr + rest + ")"
	d.Related = related(src)
	if fixable {
		d.SuggestedFixes = c.twinFix(call, twinName, expr, extra)
	}
	c.report(d)
}

// queryValue checks a database/sql method with a ...Context twin used as
// a value (q := db.Query): there is no call to rewrite, so no fix.
func (c *checker) queryValue(cur inspector.Cursor, sel *ast.SelectorExpr, key string) {
	src, ok := c.find(cur)
	if !ok && !c.cfg.Strict || c.testOnly(cur) {
		return
	}
	msg := calleeName(key) + " used as a value runs without a context, so it is not traced under the caller's span; use " + funcName(apis.SQLTwins[key])
	d := analysis.Diagnostic{Pos: sel.Pos(), End: sel.End(), Category: CategoryQueryWithoutCtx, Message: msg}
	if ok {
		d.Message += " with " + src.Expr()
		d.Related = related(src)
	}
	c.report(d)
}
