package spanend

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/astx"
)

// checkGoroutineErrors reports a goroutine whose span ends with it while
// the error it hands to its caller, over a channel, leaves the span
// without an error status (or, for missing-record-error, unrecorded):
//
//	go func() {
//		ctx, span := tracer.Start(ctx, "fetch")
//		defer span.End()
//		errc <- fetch(ctx) // the caller returns <-errc
//	}()
//
// Only a function literal run by a go statement, with no results, is
// judged; its "error returns" are the sends of a possibly non-nil error on
// a channel of errors declared outside it. The walk is that of the error
// returns: a path is cut where the span is marked, handed on, ended
// (explicitly), where it never returns or the Start statement runs again.
func (c *checker) checkGoroutineErrors(f *flow, need events, category, verb string) {
	lit, ok := f.fc.Node().(*ast.FuncLit)
	if !ok || !isGoroutine(f.fc) {
		return
	}
	sig, _ := c.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	if sig == nil || sig.Results().Len() != 0 {
		return
	}
	var sends []*ast.SendStmt
	f.walkNil(func(_ *cfg.Block, _ int, n ast.Node, st nilVars) bool {
		if f.inert(st) || f.at(n)&(need|evTransfer|evNoReturn|evRedef|evEnd) != 0 {
			return false
		}
		if s, ok := n.(*ast.SendStmt); ok && c.sendsError(s, lit, st) && !slices.Contains(sends, s) {
			sends = append(sends, s)
		}
		return true
	}, func(*ast.ReturnStmt, nilVars) {})
	if len(sends) == 0 {
		return
	}
	v := f.t.primary
	d := analysis.Diagnostic{
		Pos:      f.cr.call.Pos(),
		End:      f.cr.call.End(),
		Category: category,
		Message: fmt.Sprintf("the goroutine hands an error to its caller without %s span %s; call %s before sending it",
			verb, v.Name(), map[events]string{evStatus: v.Name() + ".SetStatus(codes.Error, err.Error())", evRecord: v.Name() + ".RecordError(err)"}[need]),
	}
	for _, s := range sends {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: s.Pos(), End: s.End(), Message: "the error leaves the goroutine here"})
	}
	c.report(d)
}

// isGoroutine reports whether the function literal fc is the function of
// a go statement: go func() { ... }().
func isGoroutine(fc inspector.Cursor) bool {
	call, ok := fc.Parent().Node().(*ast.CallExpr)
	if !ok || ast.Unparen(call.Fun) != fc.Node() {
		return false
	}
	_, ok = fc.Parent().Parent().Node().(*ast.GoStmt)
	return ok
}

// sendsError reports whether s sends a possibly non-nil error on a
// channel of errors declared outside the function literal lit.
func (c *checker) sendsError(s *ast.SendStmt, lit *ast.FuncLit, known nilVars) bool {
	info := c.pass.TypesInfo
	ch := astx.IdentVar(info, s.Chan)
	if ch == nil || (ch.Pos() >= lit.Pos() && ch.Pos() < lit.End()) {
		return false
	}
	ct, ok := ch.Type().Underlying().(*types.Chan)
	if !ok || !isErrorType(ct.Elem()) {
		return false
	}
	if v := astx.IdentVar(info, s.Value); v != nil && slices.Contains(known, v) {
		return false
	}
	return !astx.IsNil(info, s.Value)
}
