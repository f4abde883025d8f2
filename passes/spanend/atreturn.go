package spanend

import (
	"go/ast"

	"github.com/otellint/otellint/internal/flowx"
)

// atReturn returns what the deferred closures registered before the Start
// of f on every path do to the span when the function returns:
//
//	var span trace.Span
//	defer func() {
//		span.SetName(command)
//		span.End()
//	}()
//	...
//	ctx, span = tracer.Start(ctx, "")
//
// Such a closure reads the span variable when it runs, so it ends (or
// marks) whatever span the variable holds at the return: the one this
// Start puts there, as long as the variable gets no other span before.
// The walks of the checks never pass the closure, which comes before the
// Start; they take its events at every return instead, and a path that
// gives the variable another span first loses this one. A closure that
// ends the span only on error (endsOnError) does not end it.
//
// The closures are made inert for the walks (a loop that registers one
// again does not end the span then).
func (c *checker) atReturn(f *flow) events {
	early := false
	for _, r := range f.t.refs {
		if r.end <= f.cr.stmt.Pos() {
			early = true
			break
		}
	}
	if !early {
		return 0 // nothing refers to the span before the Start: most spans
	}
	var ev events
	for _, d := range flowx.DeferredBefore(f.g, f.cr.stmt) {
		lit := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
		var in events
		for _, r := range f.t.refs {
			if r.pos >= lit.Body.Pos() && r.end <= lit.Body.End() {
				in |= r.ev
			}
		}
		if in&evEnd != 0 && c.endsOnError(d, f.t) != nil {
			in &^= evEnd // it ends the span on error only: a success leaks it
		}
		ev |= in & (evEnd | evStatus | evRecord)
		f.memo[d] = 0
	}
	return ev
}
