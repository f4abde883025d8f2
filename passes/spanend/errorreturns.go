package spanend

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/flowx"
)

// hasErrorResult reports whether the last result of sig is an error.
func hasErrorResult(sig *types.Signature) bool {
	n := sig.Results().Len()
	return n > 0 && types.Identical(sig.Results().At(n-1).Type(), types.Universe.Lookup("error").Type())
}

// checkErrorReturns reports paths that return a possibly non-nil error
// while the span is open and nothing did need (set an error status or
// record the error) on the way. It serves missing-set-status (need is
// evStatus) and missing-record-error (evRecord).
//
// The walk proves that every path from the Start call to a return of a
// possibly non-nil error passes a node that does need. A path is cut, and
// so is silent, where need is done, where the span is handed on (its new
// owner answers for it), where the path never returns, where the Start
// statement runs again, and where the span is nil or not recording. A
// return is judged with what the path knows: on the path below
// "if err != nil { ... }" that returns err, err is nil.
//
// After an explicit End the span is closed, and an error returned later
// is not its error: the path is cut, except for the one shape where the
// error clearly belongs to the span, a variable returned right after End
// in the same block with nothing assigned in between; it is judged with
// what the path knows, so that the path on which err was checked nil is
// silent:
//
//	if err != nil {
//		fail(span, err)
//	}
//	span.End()
//	return err
//
// A return outside the scope of the span variable (a return in an outer
// block, reached after the block that declared the span) is silent too:
// the error it returns is the outer code's.
func (c *checker) checkErrorReturns(f *flow, sig *types.Signature, body *ast.BlockStmt, need events, category, msg, note string) {
	scope := f.t.primary.Parent()
	var bad []*ast.ReturnStmt
	hit := func(r *ast.ReturnStmt, known nilVars) {
		if f.inert(known) || slices.Contains(bad, r) || c.returnsMarked(r, need) || f.atReturn&need != 0 {
			return
		}
		if c.mayReturnError(f.fc, r, sig, known) && !c.returnsExpected(r, sig) && (scope == nil || scope.Contains(r.Pos()) || r.Return == body.Rbrace) {
			bad = append(bad, r)
		}
	}
	f.walkNil(func(b *cfg.Block, i int, n ast.Node, st nilVars) bool {
		if f.inert(st) {
			return false
		}
		ev := f.at(n)
		if ev&(need|evTransfer|evNoReturn|evRedef) != 0 {
			return false
		}
		if ev&evEnd != 0 {
			// Ended here: only an error computed before, returned
			// right after in the same block, belongs to the span.
			//	span.End()
			//	return err
			ns := flowx.Nodes(b)
			for _, m := range ns[i+1:] {
				if r, ok := m.(*ast.ReturnStmt); ok {
					if k := len(r.Results); k > 0 {
						if id, ok := ast.Unparen(r.Results[k-1]).(*ast.Ident); ok && !astx.IsNil(c.pass.TypesInfo, id) {
							hit(r, st) // nothing assigned since: what the path knows holds
						}
					}
					break
				}
				if f.at(m)&need != 0 {
					break
				}
				switch m.(type) {
				case *ast.AssignStmt, *ast.ValueSpec:
					return false
				}
			}
			return false
		}
		return true
	}, hit)
	if len(bad) == 0 {
		return
	}
	d := analysis.Diagnostic{Pos: f.cr.call.Pos(), End: f.cr.call.End(), Category: category, Message: msg}
	for _, r := range bad {
		d.Related = append(d.Related, c.returnInfo(r, body, note))
	}
	c.report(d)
}

// mayReturnError reports whether r may return a non-nil error as the last
// result: anything but a literal nil, or a naked return of an error
// result that the function assigns somewhere.
func (c *checker) mayReturnError(fc inspector.Cursor, r *ast.ReturnStmt, sig *types.Signature, known nilVars) bool {
	n := sig.Results().Len()
	if n == 0 {
		return false
	}
	if carriesError(sig) && len(r.Results) != n {
		return false // a naked return, or a call's results: unknown
	}
	switch len(r.Results) {
	case 0:
		errVar := sig.Results().At(n - 1)
		if errVar.Name() == "" || errVar.Name() == "_" || slices.Contains(known, errVar) {
			return false
		}
		for _, cur := range c.usesOf(fc)[errVar] {
			if ev, _ := c.classify(cur, nil); ev&evRedef != 0 {
				return true
			}
			if k, _ := cur.ParentEdge(); k == edge.UnaryExpr_X {
				return true // &err handed to a helper
			}
		}
		return false
	case n:
		last := r.Results[n-1]
		if carriesError(sig) {
			return c.carriedError(last, known) // return checkResult{err: err}
		}
		if v := astx.IdentVar(c.pass.TypesInfo, last); v != nil && slices.Contains(known, v) {
			return false // the error was checked and is nil on this path
		}
		return !astx.IsNil(c.pass.TypesInfo, last)
	case 1:
		return true // return f()
	}
	return false
}

// returnsExpected reports whether r returns, as its error, an expected
// outcome (expected.go): a client error, a cancellation, the end of the
// rows. The semantic conventions leave the span's status Unset for them.
func (c *checker) returnsExpected(r *ast.ReturnStmt, sig *types.Signature) bool {
	n := sig.Results().Len()
	return n > 0 && len(r.Results) == n && c.expectedError(r.Results[n-1])
}
