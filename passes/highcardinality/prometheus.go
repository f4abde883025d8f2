package highcardinality

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
)

// labelNames checks the label names of the prometheus.New*Vec call at
// cur. A path label that the package only ever gives route paths is
// bounded (see givenOnlyRoutes).
func (c *checker) labelNames(scope ast.Node, cur inspector.Cursor, e ast.Expr) {
	if !c.keys {
		return
	}
	sink := cur.Node().(*ast.CallExpr)
	elems := c.sliceElems(scope, e, 0)
	exact := c.exactList(scope, e)
	var escapes []*types.Var
	for i, el := range elems {
		name, ok := constval.String(c.pass.TypesInfo, el)
		if !ok {
			continue
		}
		if what, bad := c.m.match(name); bad {
			if routeKey(what) {
				if ok, esc := c.givenOnlyRoutes(cur, name, i, exact); ok {
					escapes = append(escapes, esc...)
					continue
				}
			}
			c.emit(sink, analysis.Diagnostic{
				Pos: el.Pos(), End: el.End(), Category: CategoryUnboundedKey,
				Message: fmt.Sprintf("metric label %q is %s, whose values are unbounded: each one makes a new time series; log it or record it on a span, and keep labels bounded (route, method, status class)", name, what),
			}, "the label names are given to the metric here")
		}
	}
	if len(escapes) > 0 {
		c.exportVec(escapes, elems, exact)
	}
}

// exactList reports whether the label names e are a slice literal, or a
// variable assigned one slice literal only, so that an element's index
// is its position in the values of WithLabelValues.
func (c *checker) exactList(scope ast.Node, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return true
	case *ast.Ident:
		values := c.assigned(scope, e)
		if len(values) != 1 {
			return false
		}
		_, ok := ast.Unparen(values[0]).(*ast.CompositeLit)
		return ok
	}
	return false
}

// promWith checks vec.With(prometheus.Labels{...}) keys and values, and
// vec.WithLabelValues(...) values.
func (c *checker) promWith(scope ast.Node, call *ast.CallExpr, key string) {
	switch {
	case slices.Contains(apis.PromWithLabelValues, key):
		c.importedVecValues(scope, call)
		if call.Ellipsis.IsValid() {
			return
		}
		for _, a := range call.Args {
			c.value(scope, call, a, "metric label")
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
				if routeKey(what) && c.routePath(scope, kv.Value, 0) {
					continue // the route a handler is registered under
				}
				if c.keys {
					c.emit(call, analysis.Diagnostic{
						Pos: kv.Key.Pos(), End: kv.Key.End(), Category: CategoryUnboundedKey,
						Message: fmt.Sprintf("metric label %q is %s, whose values are unbounded: each one makes a new time series; log it or record it on a span, and keep labels bounded (route, method, status class)", name, what),
					}, "the labels are given to the metric here")
				}
				continue
			}
			c.value(scope, call, kv.Value, fmt.Sprintf("metric label %q", name))
		}
	}
}
