package spanend

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/ctxscope"
)

// checkDiscarded reports a span that is never assigned, unless the
// context that carries it is handed on or used to reach it.
//
//	ctx, _ := tracer.Start(ctx, "op")  // discarded-span
//	tracer.Start(ctx, "op")            // discarded-span
//
// The context Start returns carries the span, so dropping the span alone
// is not a leak when the context goes where the span can still be ended:
// returned or stored outside the function (a start hook: the caller's end
// hook ends it), or read back with trace.SpanFromContext below the call.
// The check is silent for those, and the package is marked as one that
// ends spans through contexts (ctxStarter), which silences foreign-end.
func (c *checker) checkDiscarded(fc inspector.Cursor, body *ast.BlockStmt, sig *types.Signature, cr *creation) {
	if e := cr.ctxTarget(c); e != nil && !isBlank(e) {
		v := astx.IdentVar(c.pass.TypesInfo, e)
		if v == nil || (!local(v, body) && !isParam(v, sig)) {
			c.ctxStarter = true
			return // stored outside the function, or in a result or parameter
		}
		t := c.track(fc, body, nil, v)
		for _, cur := range c.usesOf(fc)[v] {
			if _, ok := spanFromContextCall(c, cur); ok && cur.Node().Pos() > cr.call.Pos() {
				return // reached again with trace.SpanFromContext(ctx)
			}
		}
		if t.union(cr.stmt)&evTransfer != 0 {
			c.ctxStarter = true
			return // the context, and the span with it, goes to the caller
		}
	}
	if !c.checks.On(CategoryDiscardedSpan) {
		return
	}
	c.report(analysis.Diagnostic{
		Pos:      cr.call.Pos(),
		End:      cr.call.End(),
		Category: CategoryDiscardedSpan,
		Message:  fmt.Sprintf("span returned by %s is discarded, so it can never be ended; assign it and add \"defer span.End()\"", startDesc(cr.call)),
	})
}

// checkDiscardedContext reports a span whose context was dropped while the
// old context is still passed on below the Start call.
//
//	_, span := tracer.Start(ctx, "op")
//	defer span.End()
//	work(ctx) // not a child of "op"
//
// The walk collects the calls reached while the span is open that pass
// the old context as a context.Context argument. A path stops where the
// span is ended (an End now; a deferred End keeps it open to the end of
// the function), handed on or never returns, and where the old context
// variable is assigned: from there on it may well carry the span. Reading
// the span back (trace.SpanFromContext(ctx)) is not passing the context
// on, nor is deriving a context for a component the function hands out
// (componentContext). Only whether such a call is reached matters, not on which branch,
// so the plain walk does.
func (c *checker) checkDiscardedContext(f *flow, cr *creation) {
	e := cr.ctxTarget(c)
	if e == nil || !isBlank(e) || len(cr.call.Args) == 0 {
		return
	}
	old := astx.IdentVar(c.pass.TypesInfo, cr.call.Args[0])
	if old == nil || !ctxscope.IsContext(old.Type()) {
		return
	}
	var uses []ast.Node
	seen := map[*ast.CallExpr]bool{}
	f.walk(func(_ *cfg.Block, _ int, n ast.Node) bool {
		ev := f.at(n)
		if ev&(evEnd|evTransfer|evNoReturn|evRedef) != 0 {
			return false
		}
		reassigned := false
		ast.Inspect(n, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.AssignStmt:
				for _, l := range x.Lhs {
					if astx.IdentVar(c.pass.TypesInfo, l) == old {
						reassigned = true
					}
				}
				if call := c.componentContext(f.fc, x, old); call != nil {
					seen[call] = true // not below the span: see componentContext
				}
			case *ast.CallExpr:
				if x != cr.call && !seen[x] && c.passesCtx(x, old) {
					seen[x] = true
					uses = append(uses, x)
				}
			}
			return true
		})
		return !reassigned
	}, func(*ast.ReturnStmt) {})
	if len(uses) == 0 {
		return
	}
	d := analysis.Diagnostic{
		Pos:      cr.call.Pos(),
		End:      cr.call.End(),
		Category: CategoryDiscardedContext,
		Message: fmt.Sprintf("context returned by %s is discarded but %s is still passed on, so the work below is not part of this span; assign it: %s, %s := %s(%s, ...)",
			startDesc(cr.call), old.Name(), old.Name(), f.t.primary.Name(), startDesc(cr.call), old.Name()),
	}
	for i, u := range uses {
		if i == 3 {
			break
		}
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: u.Pos(), End: u.End(), Message: "the context from before the span is passed here"})
	}
	c.report(d)
}

// passesCtx reports whether call passes the variable ctx directly as a
// context.Context argument, other than to the functions that read or
// replace the span of a context and to those that only wait on it (the
// context waiters of internal/apis, such as exec.CommandContext, and the
// functions of waits.go): a select on its Done channel is the same whichever span
// the context carries.
func (c *checker) passesCtx(call *ast.CallExpr, ctx *types.Var) bool {
	if c.idx.Is(call, apis.SpanFromContext, apis.ContextWithSpan, apis.SpanContextFromCtx) || c.idx.Is(call, apis.ContextWaiters...) {
		return false
	}
	ft := c.pass.TypesInfo.TypeOf(call.Fun)
	if ft == nil {
		return false
	}
	sig, _ := ft.Underlying().(*types.Signature)
	if sig == nil {
		return false
	}
	for i, a := range call.Args {
		if astx.IdentVar(c.pass.TypesInfo, a) != ctx {
			continue
		}
		if i >= sig.Params().Len() || !ctxscope.IsContext(sig.Params().At(i).Type()) {
			continue
		}
		if fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func); ok && c.waits.waitsOn(fn, i) {
			continue
		}
		return true
	}
	return false
}

// componentContext returns the call of the assignment as that derives a
// context from old for a component the function hands out, or nil: a
// cancellable context whose cancel function is kept beyond the function
// (stored in a struct or a field, or returned) and not deferred.
//
//	ctx, cancel := context.WithCancel(ctx)
//	for _, w := range workers { go w.Run(ctx) }
//	return &Pipeline{workers: workers, cancel: cancel}
//
// The derived context lives as long as whoever holds the cancel, after
// the function has returned and its span has ended: the work it runs is
// not below the span, and parenting it to a finished span instead of the
// caller's is a design choice, not a lost trace.
func (c *checker) componentContext(fc inspector.Cursor, as *ast.AssignStmt, old *types.Var) *ast.CallExpr {
	info := c.pass.TypesInfo
	if len(as.Rhs) != 1 || len(as.Lhs) != 2 {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 || !c.idx.Is(call, apis.ContextDerivers...) || astx.IdentVar(info, call.Args[0]) != old {
		return nil
	}
	tup, ok := info.TypeOf(call).(*types.Tuple)
	if !ok || tup.Len() != 2 {
		return nil
	}
	if _, ok := tup.At(1).Type().Underlying().(*types.Signature); !ok {
		return nil // errgroup.WithContext: a group, not a cancel
	}
	switch l := ast.Unparen(as.Lhs[1]).(type) {
	case *ast.SelectorExpr:
		return call // p.cancel: kept in a field
	case *ast.Ident:
		v, ok := info.ObjectOf(l).(*types.Var)
		if !ok || l.Name == "_" {
			return nil
		}
		kept := false
		for _, u := range c.usesOf(fc)[v] {
			switch k, i := u.ParentEdge(); k {
			case edge.KeyValueExpr_Value, edge.CompositeLit_Elts, edge.ReturnStmt_Results:
				kept = true
			case edge.AssignStmt_Rhs:
				a := u.Parent().Node().(*ast.AssignStmt)
				if len(a.Lhs) == len(a.Rhs) {
					if _, ok := ast.Unparen(a.Lhs[i]).(*ast.SelectorExpr); ok {
						kept = true // s.cancel = cancel
					}
				}
			case edge.CallExpr_Fun:
				if k2, _ := u.Parent().ParentEdge(); k2 == edge.DeferStmt_Call {
					return nil // cancelled when the function returns
				}
			}
		}
		if kept {
			return call
		}
	}
	return nil
}
