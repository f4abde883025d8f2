package spanend

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/flowx"
)

// The methods that change a span, and do nothing once it has ended.
var spanMarks = []string{apis.SpanSetStatus, apis.SpanRecordError, apis.SpanSetAttributes, apis.SpanAddEvent, apis.SpanSetName}

// checkUseAfterEnd reports changes made to a span after its End on the
// same path: the SDK drops them, so the status, error or attributes never
// reach the trace.
//
//	span.End()
//	span.SetStatus(codes.Error, err.Error()) // use-after-end
//
// The walk carries, along each path from the Start call, the End call
// that ended the span, if any. Only a direct call span.End() counts: an
// End in a defer statement runs at the return, and one in a closure or a
// goroutine at a time the pass does not know. A path is cut where the
// variable gets a new span (the Start statement again, any assignment to
// a span variable) and where it never returns. A change is reported only
// when it comes after the End in the source too, so a loop that changes
// the span at its top and ends it on its last round is silent. Changes in
// a deferred call or a function literal are not followed.
func (c *checker) checkUseAfterEnd(f *flow) {
	type key struct {
		b     *cfg.Block
		ended *ast.CallExpr
	}
	seen := map[key]bool{}
	reported := map[*ast.CallExpr]bool{}
	var block func(b *cfg.Block, from int, ended *ast.CallExpr)
	block = func(b *cfg.Block, from int, ended *ast.CallExpr) {
		ns := flowx.Nodes(b)
		for i := from; i < len(ns); i++ {
			n := ns[i]
			if n == f.cr.stmt || f.at(n)&(evRedef|evNoReturn) != 0 {
				return
			}
			if _, ok := n.(*ast.DeferStmt); ok {
				continue
			}
			ast.Inspect(n, func(x ast.Node) bool {
				switch x := x.(type) {
				case *ast.FuncLit:
					return false
				case *ast.CallExpr:
					if !c.onTracked(f.t, x) {
						return true
					}
					switch {
					case c.idx.Is(x, apis.SpanEnd):
						if ended == nil {
							ended = x
						}
					case ended != nil && x.Pos() > ended.End() && !reported[x] && c.idx.Is(x, spanMarks...):
						reported[x] = true
						c.reportUseAfterEnd(x, ended)
					}
				}
				return true
			})
		}
		if b.Return() != nil {
			return
		}
		for _, s := range b.Succs {
			k := key{s, ended}
			if !seen[k] && len(seen) < 10000 {
				seen[k] = true
				block(s, 0, ended)
			}
		}
	}
	block(f.def, f.first, nil)
}

// onTracked reports whether call is a method call on the tracked span: on
// one of its variables, or on trace.SpanFromContext of a context that
// carries it.
func (c *checker) onTracked(t *tracked, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if v := astx.IdentVar(c.pass.TypesInfo, sel.X); v != nil {
		return t.spans[v]
	}
	if in, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && len(in.Args) == 1 && c.idx.Is(in, apis.SpanFromContext) {
		v := astx.IdentVar(c.pass.TypesInfo, in.Args[0])
		return v != nil && t.ctxs[v]
	}
	return false
}

// reportUseAfterEnd reports the change call made after the End call end.
func (c *checker) reportUseAfterEnd(call, end *ast.CallExpr) {
	name := "the span"
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		name = types.ExprString(sel)
	}
	c.report(analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: CategoryUseAfterEnd,
		Message:  fmt.Sprintf("%s is called after the span has ended, and an ended span drops every change; call it before End", name),
		Related:  []analysis.RelatedInformation{{Pos: end.Pos(), End: end.End(), Message: "the span is ended here"}},
	})
}
