package metricdef

import (
	"go/ast"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
)

// record is a call that records a value on an instrument.
type record struct {
	cur  inspector.Cursor
	call *ast.CallExpr
	// kind is the kind of the instrument the method belongs to (Add of a
	// counter), or "" when the method does not say (an observer's
	// ObserveInt64, Prometheus' Observe of a histogram or a summary).
	kind string
	prom bool
	// inst is the instrument expression: the receiver, or the observed
	// instrument given to ObserveInt64, or the observer of NewTimer.
	inst ast.Expr
	// value is the recorded value; nil for prometheus.NewTimer, which
	// observes seconds.
	value ast.Expr
}

// recording returns the record that call makes, or nil:
//
//	counter.Add(ctx, 1)             hist.Record(ctx, v)
//	o.ObserveFloat64(gauge, v)      vec.WithLabelValues("GET").Observe(v)
//	promCounter.Add(v)              gauge.Set(v)
//	prometheus.NewTimer(hist)
func (c *checker) recording(cur inspector.Cursor, call *ast.CallExpr, key string) *record {
	r := &record{cur: cur, call: call}
	recv := func() ast.Expr {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return sel.X
		}
		return nil
	}
	switch {
	case key == apis.PromNewTimer:
		if len(call.Args) != 1 {
			return nil
		}
		r.prom, r.inst = true, call.Args[0]
		return r
	case slices.Contains(apis.PromObserve, key), key == apis.PromCountAdd, slices.Contains(apis.PromGaugeSet, key):
		if len(call.Args) != 1 {
			return nil
		}
		r.prom, r.inst, r.value = true, recv(), call.Args[0]
		switch {
		case key == apis.PromCountAdd:
			r.kind = apis.KindCounter
		case slices.Contains(apis.PromGaugeSet, key):
			r.kind = apis.KindGauge
		}
	case slices.Contains(apis.ObserverObserve, key):
		if len(call.Args) < 2 {
			return nil
		}
		r.inst, r.value = call.Args[0], call.Args[1]
	default:
		kind, ok := apis.RecorderKind(key)
		if !ok || len(call.Args) < 2 {
			return nil
		}
		r.kind, r.inst, r.value = kind, recv(), call.Args[1]
	}
	if r.inst == nil {
		return nil
	}
	return r
}
