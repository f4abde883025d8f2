package spanend

import (
	"cmp"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/ctxscope"
)

// The calls that start spans: Tracer.Start, the functions learned (or
// configured) to start and return one, and where their results go.

// creation is a call that starts a span the caller must end.
type creation struct {
	call      *ast.CallExpr
	spanIdx   int        // result index of the span
	nresults  int        // number of results of the call
	stmt      ast.Node   // the AssignStmt, ValueSpec or ExprStmt holding the call
	lhs       []ast.Expr // what the results are assigned to
	parentRet *ast.ReturnStmt
	discarded bool // the call's results are dropped, or a method other than End is called on its span
}

// spanVar returns the local variable the span is assigned to, or nil.
func (cr *creation) spanVar(c *checker) *types.Var {
	if cr.spanIdx >= len(cr.lhs) {
		return nil
	}
	return astx.IdentVar(c.pass.TypesInfo, cr.lhs[cr.spanIdx])
}

// ctxTarget returns the expression the context result is assigned to, if
// the starter returns a context.
func (cr *creation) ctxTarget(c *checker) ast.Expr {
	if cr.nresults < 2 || len(cr.lhs) != cr.nresults {
		return nil
	}
	tup, ok := c.pass.TypesInfo.TypeOf(cr.call).(*types.Tuple)
	if !ok {
		return nil
	}
	for i := range tup.Len() {
		if i != cr.spanIdx && ctxscope.IsContext(tup.At(i).Type()) {
			return cr.lhs[i]
		}
	}
	return nil
}

// isBlank reports whether e is the blank identifier.
func isBlank(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "_"
}

// start is a call that starts a span: its cursor, and the index of the
// span among its results.
type start struct {
	cur inspector.Cursor
	k   int
}

// creations returns the span-starting calls of the function fc itself
// (not of the function literals inside it).
func (c *checker) creations(fc inspector.Cursor) []*creation {
	var starts []start
	for _, call := range c.idx.CallsIn(fc) {
		k := c.starterResult(call)
		if in, _ := astx.EnclosingFunc(call.Cur); k >= 0 && in == fc {
			starts = append(starts, start{call.Cur, k})
		}
	}
	return c.creationsAt(starts)
}

// startsByFunc finds every span-starting call of the package in one walk
// and groups them by their innermost function, in source order.
func (c *checker) startsByFunc() (funcs []inspector.Cursor, starts map[inspector.Cursor][]start) {
	starts = map[inspector.Cursor][]start{}
	for _, call := range c.idx.Calls() {
		k := c.starterResult(call)
		if k < 0 {
			continue
		}
		cur := call.Cur
		fc, ok := astx.EnclosingFunc(cur)
		if !ok {
			continue // a package-level initialiser
		}
		if _, ok := starts[fc]; !ok {
			funcs = append(funcs, fc)
		}
		starts[fc] = append(starts[fc], start{cur, k})
	}
	slices.SortFunc(funcs, func(a, b inspector.Cursor) int { return cmp.Compare(a.Index(), b.Index()) })
	return funcs, starts
}

// creationsAt returns the creations of the given span-starting calls,
// classified by where the results go:
//
//	ctx, span := tracer.Start(ctx, "op")   assigned: followed by the checks
//	var ctx, span = tracer.Start(ctx, "op")
//	tracer.Start(ctx, "op")                discarded
//	startSpan(ctx).SetAttributes(kv)       discarded: nothing can end it
//	return tracer.Start(ctx, "op")         returned: the caller's to end
//
// A call passed straight to a function (finish(startSpan(ctx))), chained
// into End (startSpan(ctx).End()), or assigned in a shape that does not
// pair results with targets is left out: the span is handed on or ended
// at once, or the pass cannot tell which target holds it.
func (c *checker) creationsAt(starts []start) []*creation {
	var out []*creation
	for _, st := range starts {
		cur, k := st.cur, st.k
		call := cur.Node().(*ast.CallExpr)
		n := 1
		if tup, ok := c.pass.TypesInfo.TypeOf(call).(*types.Tuple); ok {
			n = tup.Len()
		}
		if k >= n {
			continue
		}
		cr := &creation{call: call, spanIdx: k, nresults: n}
		p := cur.Parent()
		for {
			if _, ok := p.Node().(*ast.ParenExpr); !ok {
				break
			}
			p = p.Parent()
		}
		switch pn := p.Node().(type) {
		case *ast.ExprStmt:
			cr.stmt, cr.discarded = pn, true
		case *ast.AssignStmt:
			if len(pn.Rhs) != 1 || len(pn.Lhs) != n {
				continue
			}
			cr.stmt, cr.lhs = pn, pn.Lhs
		case *ast.ValueSpec:
			if len(pn.Values) != 1 || len(pn.Names) != n {
				continue
			}
			cr.stmt = pn
			for _, id := range pn.Names {
				cr.lhs = append(cr.lhs, id)
			}
		case *ast.ReturnStmt:
			cr.parentRet = pn
		case *ast.SelectorExpr:
			// startSpan(ctx).End() ends it; startSpan(ctx).SetAttributes(...) loses it.
			if n != 1 {
				continue
			}
			if sel, ok := c.pass.TypesInfo.Selections[pn]; ok {
				if fn, ok := sel.Obj().(*types.Func); ok && (c.idx.FuncKey(fn) == apis.SpanEnd || c.methodEvents(fn, true)&evEnd != 0) {
					continue
				}
			}
			cr.stmt, cr.discarded = pn, true
		default:
			continue // passed straight to a function: handed on
		}
		out = append(out, cr)
	}
	return out
}

// starterResult returns the index of the result of call that holds a span
// the callee started and the caller must end, or -1.
func (c *checker) starterResult(call apis.Call) int {
	if call.Key == apis.TracerStart {
		if c.idx.NoopStart(call.Node()) {
			return -1 // a no-op span records nothing: ending it changes nothing
		}
		return 1
	}
	fn := call.Fn.Origin()
	if f := c.factOf(fn); f != nil && f.Start > 0 {
		return f.Start - 1
	}
	if matchFunc(fn, c.extraSt) {
		if sig, ok := fn.Type().(*types.Signature); ok {
			for i := range sig.Results().Len() {
				if c.isSpanLike(sig.Results().At(i).Type()) {
					return i
				}
			}
		}
	}
	return -1
}
