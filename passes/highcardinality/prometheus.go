package highcardinality

import (
	"fmt"
	"go/ast"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
)

// labelNames checks the label names of prometheus.New*Vec.
func (c *checker) labelNames(scope ast.Node, sink *ast.CallExpr, e ast.Expr) {
	if !c.keys {
		return
	}
	for _, el := range c.sliceElems(scope, e, 0) {
		name, ok := constval.String(c.pass.TypesInfo, el)
		if !ok {
			continue
		}
		if what, bad := c.m.match(name); bad {
			c.emit(sink, analysis.Diagnostic{
				Pos: el.Pos(), End: el.End(), Category: CategoryUnboundedKey,
				Message: fmt.Sprintf("metric label %q is %s, whose values are unbounded: each one makes a new time series; log it or record it on a span, and keep labels bounded (route, method, status class)", name, what),
			}, "the label names are given to the metric here")
		}
	}
}

// promWith checks vec.With(prometheus.Labels{...}) keys and values, and
// vec.WithLabelValues(...) values.
func (c *checker) promWith(scope ast.Node, call *ast.CallExpr, key string) {
	switch {
	case slices.Contains(apis.PromWithLabelValues, key):
		if call.Ellipsis.IsValid() {
			return
		}
		for _, a := range call.Args {
			c.value(call, a, "metric label")
		}
	default: // With, GetMetricWith, CurryWith, MustCurryWith
		if len(call.Args) != 1 {
			return
		}
		lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
		if !ok {
			if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok {
				for _, rhs := range c.assigned(scope, id) {
					if l, ok := ast.Unparen(rhs).(*ast.CompositeLit); ok {
						lit = l
					}
				}
			}
		}
		if lit == nil {
			return
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			name, ok := constval.String(c.pass.TypesInfo, kv.Key)
			if !ok {
				continue
			}
			if what, bad := c.m.match(name); bad {
				if c.keys {
					c.emit(call, analysis.Diagnostic{
						Pos: kv.Key.Pos(), End: kv.Key.End(), Category: CategoryUnboundedKey,
						Message: fmt.Sprintf("metric label %q is %s, whose values are unbounded: each one makes a new time series; log it or record it on a span, and keep labels bounded (route, method, status class)", name, what),
					}, "the labels are given to the metric here")
				}
				continue
			}
			c.value(call, kv.Value, fmt.Sprintf("metric label %q", name))
		}
	}
}
