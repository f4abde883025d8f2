package metricdef

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// Counters only go up: each Add is an increment. A negative increment
// makes backends see a reset (and makes the Prometheus client panic); a
// level (a queue's length, the number of goroutines) added on every call
// or tick sums levels into a meaningless total.

// negativeCounter reports Counter.Add with a negative constant or a
// negated value, and reports whether it did.
func (c *checker) negativeCounter(r *record) bool {
	v := ast.Unparen(r.value)
	shown := ""
	if f, ok := c.constFloat(v); ok {
		if f >= 0 {
			return false
		}
		shown = formatFloat(f)
	} else if u, ok := v.(*ast.UnaryExpr); ok && u.Op == token.SUB {
		shown = types.ExprString(u)
	} else {
		return false
	}
	consequence := "the SDK adds it, and backends read the drop as a counter reset"
	instead := "use an UpDownCounter"
	if r.prom {
		consequence = "the Prometheus client panics (counter cannot decrease in value)"
		instead = "use a Gauge"
	}
	c.report(analysis.Diagnostic{
		Pos: r.value.Pos(), End: r.value.End(), Category: CategoryNegativeCounter,
		Message: fmt.Sprintf("counter is given a negative increment (%s): counters only go up and %s; %s for a value that goes down", shown, consequence, instead),
	})
	return true
}

// counterAsGauge reports a synchronous counter fed with a level rather
// than an increment:
//
//	queued.Add(ctx, int64(len(s.queue)))          // a channel's length
//	goroutines.Add(ctx, int64(runtime.NumGoroutine()))
//	for range ticker.C { size.Add(ctx, int64(s.cache.Len())) }
//
// A channel's length or capacity and the number of goroutines are levels
// wherever they are read. In a ticker loop or a metric callback, which
// sample state periodically, so are the length of anything but a local
// slice and the result of a Len or Size method. The length of a local
// batch, the n returned by a write, and constants are increments.
func (c *checker) counterAsGauge(r *record) {
	level := c.levelRead(r.cur, r.value)
	if level == "" {
		return
	}
	instead := "record it on a Gauge (Int64Gauge.Record), observe it from an ObservableGauge callback, or Add the changes to an UpDownCounter"
	if r.prom {
		instead = "use a Gauge and Set it"
	}
	c.report(analysis.Diagnostic{
		Pos: r.value.Pos(), End: r.value.End(), Category: CategoryCounterAsGauge,
		Message: fmt.Sprintf("counter is given a level (%s), not an increment: the sum of levels means nothing; %s", level, instead),
	})
}

// levelRead says what level the value e is, or "".
func (c *checker) levelRead(cur inspector.Cursor, e ast.Expr) string {
	info := c.pass.TypesInfo
	call, ok := ast.Unparen(astx.Unconvert(info, e)).(*ast.CallExpr)
	if !ok {
		return ""
	}
	if c.idx.Is(call, apis.RuntimeNumG) {
		return "runtime.NumGoroutine()"
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && len(call.Args) == 1 {
		b, ok := info.Uses[id].(*types.Builtin)
		if !ok {
			return ""
		}
		arg := call.Args[0]
		t := info.TypeOf(arg)
		what := "length"
		if b.Name() == "cap" {
			what = "capacity"
		}
		switch {
		case b.Name() != "len" && b.Name() != "cap" || t == nil:
			return ""
		case isChan(t):
			return "the " + what + " of a channel"
		case periodic(cur, info, c.idx) && !c.isLocal(cur, arg):
			// Elsewhere, the capacity of a buffer just allocated is
			// an increment of the bytes allocated.
			return "the " + what + " of " + types.ExprString(arg) + ", sampled periodically"
		}
		return ""
	}
	if name := calleeName(call); (name == "Len" || name == "Size") && len(call.Args) == 0 && periodic(cur, info, c.idx) {
		if fn := apis.Callee(info, call); fn != nil {
			if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && sig.Results().Len() == 1 {
				return types.ExprString(call) + ", sampled periodically"
			}
		}
	}
	return ""
}

// isChan reports whether t is a channel type.
func isChan(t types.Type) bool {
	_, ok := t.Underlying().(*types.Chan)
	return ok
}

// isLocal reports whether e is a variable declared in the function
// around cur, or a parameter of it: a batch the function handles, not
// state it samples.
func (c *checker) isLocal(cur inspector.Cursor, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return fc.Node().Pos() <= v.Pos() && v.Pos() < fc.Node().End()
	}
	return false
}

// periodic reports whether cur runs periodically, to sample state: in
// the body of a loop over a ticker (for range ticker.C, for range
// time.Tick(d), or a select case receiving from one), or in a metric
// callback (a function given to RegisterCallback or as an observable
// instrument's callback option).
func periodic(cur inspector.Cursor, info *types.Info, idx *apis.Index) bool {
	for c := range cur.Enclosing() {
		switch n := c.Node().(type) {
		case *ast.RangeStmt:
			if isTick(info, idx, n.X) {
				return true
			}
		case *ast.CommClause:
			if recv := commRecv(n); recv != nil && isTick(info, idx, recv) {
				return true
			}
		case *ast.FuncLit:
			if e, _ := c.ParentEdge(); e == edge.CallExpr_Args {
				call := c.Parent().Node().(*ast.CallExpr)
				if idx.Is(call, apis.MeterRegisterCB) || idx.Is(call, apis.MetricCallbackOptions...) {
					return true
				}
			}
		case *ast.FuncDecl:
			return false
		}
	}
	return false
}

// commRecv returns the channel a select case receives from, or nil.
func commRecv(cc *ast.CommClause) ast.Expr {
	var x ast.Expr
	switch s := cc.Comm.(type) {
	case *ast.ExprStmt:
		x = s.X
	case *ast.AssignStmt:
		if len(s.Rhs) == 1 {
			x = s.Rhs[0]
		}
	}
	if u, ok := ast.Unparen(x).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
		return u.X
	}
	return nil
}

// isTick reports whether e is a ticker's channel: t.C of a time.Ticker,
// or time.Tick(d).
func isTick(info *types.Info, idx *apis.Index, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return idx.Is(e, apis.TimeTick)
	case *ast.SelectorExpr:
		v, _ := info.Uses[e.Sel].(*types.Var)
		return idx.IsField(v, apis.TimeTickerC)
	}
	return false
}
