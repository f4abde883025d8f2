package spanend

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// checkDeferredArgs reports deferred calls of helpers that mark a span with
// an error passed by value:
//
//	defer finish(span, err) // err is evaluated here, while it is still nil
//	err = work(ctx)
//	return err
//
// The arguments of a deferred call are evaluated when the defer statement
// runs, so the helper sees the error as it was then. The call is reported
// when the helper's fact says it sets an error status (or records an
// error) on a span or on the span of a context it is given, and one of the
// arguments is an error variable of the function that is assigned after
// the defer statement: a later assignment, or a named result that a
// return sets. A pointer (&err), or a closure that reads err when it runs,
// sees the final error and is silent, as is an error that no later code
// changes.
//
// The fix wraps the call in a deferred closure, which reads err when the
// function returns.
func (c *checker) checkDeferredArgs() {
	info := c.pass.TypesInfo
	for cur := range c.ins.Root().Preorder((*ast.DeferStmt)(nil)) {
		d := cur.Node().(*ast.DeferStmt)
		fn := apis.Callee(info, d.Call)
		if fn == nil {
			continue
		}
		f := c.factOf(fn.Origin())
		if f == nil {
			continue
		}
		category, what := c.markCategory(f, d.Call)
		if category == "" {
			continue
		}
		fc, ok := astx.EnclosingFunc(cur)
		if !ok {
			continue
		}
		for _, a := range d.Call.Args {
			v := astx.IdentVar(info, a)
			if v == nil || !isErrorType(v.Type()) || !c.assignedAfter(fc, v, d) {
				continue
			}
			call := types.ExprString(d.Call)
			c.report(analysis.Diagnostic{
				Pos:      d.Call.Pos(),
				End:      d.Call.End(),
				Category: category,
				Message: fmt.Sprintf("%s is evaluated when the defer statement runs, before the error is set, so %s never sees it and the span gets no %s; defer a closure: defer func() { %s }()",
					v.Name(), startDesc(d.Call), what, call),
				SuggestedFixes: []analysis.SuggestedFix{{
					Message: fmt.Sprintf("Read %s when the function returns with a deferred closure", v.Name()),
					TextEdits: []analysis.TextEdit{
						{Pos: d.Call.Pos(), End: d.Call.Pos(), NewText: []byte("func() { ")},
						{Pos: d.Call.End(), End: d.Call.End(), NewText: []byte(" }()")},
					},
				}},
			})
			break
		}
	}
}

// markCategory returns the check a deferred call of a helper with fact f
// serves, and what the helper puts on the span, or "" when the helper marks
// no span passed to it or the check is off.
func (c *checker) markCategory(f *spanFact, call *ast.CallExpr) (category, what string) {
	var status, record bool
	for _, p := range f.Params {
		if p.Index < len(call.Args) {
			status = status || p.Status
			record = record || p.Record
		}
	}
	switch {
	case status && c.checks.On(CategoryMissingSetStatus):
		return CategoryMissingSetStatus, "error status"
	case record && c.checks.On(CategoryMissingRecordError):
		return CategoryMissingRecordError, "recorded error"
	}
	return "", ""
}

// isErrorType reports whether t is the error interface.
func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// assignedAfter reports whether the error variable v, a local variable or
// a result of the function fc, may change after the defer statement d:
// assigned, or its address taken, below d; or, for a named result, set by
// a return with results below d.
func (c *checker) assignedAfter(fc inspector.Cursor, v *types.Var, d *ast.DeferStmt) bool {
	body, sig := c.funcParts(fc.Node())
	if body == nil {
		return false
	}
	result := false
	if sig != nil {
		for r := range sig.Results().Variables() {
			result = result || r == v
		}
	}
	if !result && !local(v, body) {
		return false // a parameter or captured variable: its changes are elsewhere
	}
	for _, u := range c.usesOf(fc)[v] {
		if u.Node().Pos() <= d.End() {
			continue
		}
		switch k, _ := u.ParentEdge(); k {
		case edge.AssignStmt_Lhs, edge.UnaryExpr_X:
			return true
		}
	}
	if result {
		for rc := range fc.Preorder((*ast.ReturnStmt)(nil)) {
			r := rc.Node().(*ast.ReturnStmt)
			if in, _ := astx.EnclosingFunc(rc); in == fc && len(r.Results) > 0 && r.Pos() > d.End() {
				return true
			}
		}
	}
	return false
}
