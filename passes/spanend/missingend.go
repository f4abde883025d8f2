package spanend

import (
	"fmt"
	"go/ast"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"
)

// checkMissingEnd reports a span that some path leaves the function
// without ending or handing on.
//
// The walk proves that every path from the Start call to a return passes
// a node that ends the span (now or deferred) or hands it on. A path is
// cut, and so cannot leak, where that happens, where it never returns
// (panic, os.Exit, t.Fatal), where the Start statement runs again (a loop:
// the new span is judged by itself) and where the span is known to be nil
// or not recording ("if !span.IsRecording() { return }"). The returns that
// the remaining paths reach are the leaks.
//
// The message and the fix tell apart a span never ended anywhere (the fix
// adds "defer span.End()") from one ended on some paths only, where the
// missing End is a choice of place the fix cannot make.
func (c *checker) checkMissingEnd(f *flow, body *ast.BlockStmt) {
	var leaks []*ast.ReturnStmt
	f.walkNil(func(_ *cfg.Block, _ int, n ast.Node, st nilVars) bool {
		return !f.inert(st) && f.at(n)&(evConsumed|evNoReturn|evRedef) == 0
	}, func(r *ast.ReturnStmt, st nilVars) {
		if !f.inert(st) && !slices.Contains(leaks, r) {
			leaks = append(leaks, r)
		}
	})
	if len(leaks) == 0 {
		return
	}
	v := f.t.primary
	anywhere := f.t.union(f.cr.stmt)
	d := analysis.Diagnostic{
		Pos:      f.cr.call.Pos(),
		End:      f.cr.call.End(),
		Category: CategoryMissingEnd,
	}
	if anywhere&evConsumed == 0 {
		d.Message = fmt.Sprintf("%s from %s is never ended, so it is never exported; add \"defer %s.End()\" after the call", spanDesc(v.Name()), startDesc(f.cr.call), v.Name())
		if fix, ok := c.deferFix(f, body); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	} else {
		d.Message = fmt.Sprintf("%s from %s is not ended on every path; end it before the returns listed or use \"defer %s.End()\"", spanDesc(v.Name()), startDesc(f.cr.call), v.Name())
	}
	for _, r := range leaks {
		d.Related = append(d.Related, c.returnInfo(r, body, "the span is still open when the function returns here"))
	}
	c.report(d)
}
