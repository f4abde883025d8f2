package ctxpropagation

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// uselessLookup reports a fresh root given to a function that reads the
// span or baggage of its context (an [apis.ContextLookups] function,
// named by lookupKey): a root carries neither, so the lookup can only
// return an empty value. what is the root's call as written in messages.
//
//	span := trace.SpanFromContext(context.Background())
func (c *checker) uselessLookup(cur inspector.Cursor, call *ast.CallExpr, what, lookupKey string) {
	if !c.enabled(CategoryUselessCtxLookup) {
		return
	}
	d := analysis.Diagnostic{
		Pos: call.Pos(), End: call.End(), Category: CategoryUselessCtxLookup,
		Message: calleeName(lookupKey) + "(" + what + ") always returns an empty value; pass the context that carries the span or baggage",
	}
	if src, ok := c.find(cur); ok {
		d.Message = calleeName(lookupKey) + "(" + what + ") always returns an empty value; pass " + src.Expr()
		d.SuggestedFixes = c.replaceFix(call, src.Expr(), "Use "+src.Expr())
		d.Related = related(src)
	}
	c.report(d)
}
