package spanend

import (
	"fmt"
	"go/ast"
	"go/types"
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
	_, sig := c.funcParts(f.fc.Node())
	var leaks, onSuccess []*ast.ReturnStmt
	var overwrites []ast.Node
	f.walkNil(func(_ *cfg.Block, _ int, n ast.Node, st nilVars) bool {
		if f.inert(st) {
			return false
		}
		ev := f.at(n)
		// The variable gets another span: this one is lost. Back at the
		// Start, a loop gives it a new span, which a closure deferred
		// before the Start would end in place of this one.
		again := n != f.cr.stmt || f.atReturn&evEnd != 0
		if ev&evRedef != 0 && again && ev&evConsumed == 0 && len(f.t.spans) == 1 && !slices.Contains(overwrites, n) {
			overwrites = append(overwrites, n)
		}
		return ev&(evConsumed|evNoReturn|evRedef) == 0
	}, func(r *ast.ReturnStmt, st nilVars) {
		if f.inert(st) || slices.Contains(leaks, r) || f.atReturn&evEnd != 0 {
			return // a closure deferred before the Start ends it here
		}
		if f.onError != nil && r.Pos() > f.onError.End() {
			// Past "defer func() { if err != nil { span.End() } }()":
			// only a return that leaves err nil leaks.
			if !c.leavesNil(f, r, sig, st) {
				return
			}
			onSuccess = append(onSuccess, r)
		}
		leaks = append(leaks, r)
	})
	if len(leaks) == 0 && len(overwrites) == 0 {
		return
	}
	v := f.t.primary
	anywhere := f.t.union(f.cr.stmt)
	d := analysis.Diagnostic{
		Pos:      f.cr.call.Pos(),
		End:      f.cr.call.End(),
		Category: CategoryMissingEnd,
	}
	switch {
	case len(leaks) == 0:
		d.Message = fmt.Sprintf("%s from %s is lost when %s is assigned another span before this one is ended; end it first", spanDesc(v.Name()), startDesc(f.cr.call), v.Name())
	case len(onSuccess) == len(leaks) && len(overwrites) == 0:
		d.Message = fmt.Sprintf("%s from %s is ended only when %s is not nil, so it leaks on success; end it whatever the error in the deferred function", spanDesc(v.Name()), startDesc(f.cr.call), f.onErrorVar.Name())
	case anywhere&(evConsumed|evEndOnError) == 0:
		d.Message = fmt.Sprintf("%s from %s is never ended, so it is never exported; add \"defer %s.End()\" after the call", spanDesc(v.Name()), startDesc(f.cr.call), v.Name())
		if fix, ok := c.deferFix(f, body); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	default:
		d.Message = fmt.Sprintf("%s from %s is not ended on every path; end it before the returns listed or use \"defer %s.End()\"", spanDesc(v.Name()), startDesc(f.cr.call), v.Name())
	}
	for _, n := range overwrites {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: n.Pos(), End: n.End(), Message: "the variable gets another span here while this one is open"})
	}
	for _, r := range leaks {
		d.Related = append(d.Related, c.returnInfo(r, body, "the span is still open when the function returns here"))
	}
	c.report(d)
}

// leavesNil reports whether the return r leaves nil in the error result
// that the deferred closure of f checks before it ends the span: r sets
// that result from a literal nil or from a variable known to be nil on the
// path (st). A return that may return an error, or a result other than the
// one the closure checks, is taken as ending the span.
func (c *checker) leavesNil(f *flow, r *ast.ReturnStmt, sig *types.Signature, st nilVars) bool {
	if sig == nil || !hasErrorResult(sig) {
		return false
	}
	n := sig.Results().Len()
	if sig.Results().At(n-1) != f.onErrorVar {
		return false
	}
	return !c.mayReturnError(f.fc, r, sig, st)
}
