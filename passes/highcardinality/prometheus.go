package highcardinality

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
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
// vec.WithLabelValues(...) values, at cur. A collector reset just before
// holds only the child this call makes (see resetFirst); a value whose
// series the package deletes again is bounded by the live objects it
// names (see deletedAgain).
func (c *checker) promWith(scope ast.Node, cur inspector.Cursor, call *ast.CallExpr, key string) {
	if c.resetFirst(cur, call) {
		return
	}
	switch {
	case slices.Contains(apis.PromWithLabelValues, key):
		c.importedVecValues(scope, call)
		if call.Ellipsis.IsValid() {
			return
		}
		for _, a := range call.Args {
			if c.deletedAgain(scope, call, a) {
				continue // as many series as live objects
			}
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
				if routeKey(what) && c.boundedPath(scope, kv.Value) {
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
			if c.deletedAgain(scope, call, kv.Value) {
				continue // as many series as live objects
			}
			c.value(scope, call, kv.Value, fmt.Sprintf("metric label %q", name))
		}
	}
}

// resetFirst reports whether the labelling call at cur comes after a
// Reset of the same collector, earlier in its block or in a block around
// it that no loop or function literal separates from it: the collector
// then holds one child at a time, the one this call makes, however many
// values the label takes over the process's life. This is how an info
// metric exposes the current value of a configuration's hash or version.
//
//	configHash.Reset()
//	configHash.WithLabelValues(fmt.Sprintf("%x", sum)).Set(1)
func (c *checker) resetFirst(cur inspector.Cursor, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	for stmt := cur; ; stmt = stmt.Parent() {
		switch stmt.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl, *ast.ForStmt, *ast.RangeStmt:
			return false // another call, or another turn, may label it again
		}
		k, i := stmt.ParentEdge()
		if k == edge.Invalid {
			return false
		}
		if k != edge.BlockStmt_List {
			continue
		}
		for _, s := range stmt.Parent().Node().(*ast.BlockStmt).List[:i] {
			es, ok := s.(*ast.ExprStmt)
			if !ok {
				continue
			}
			rc, ok := ast.Unparen(es.X).(*ast.CallExpr)
			if !ok {
				continue
			}
			if fn := apis.Callee(c.pass.TypesInfo, rc); fn == nil || apis.RawKey(fn) != apis.PromVecReset {
				continue
			}
			if rsel, ok := ast.Unparen(rc.Fun).(*ast.SelectorExpr); ok && sameCollector(c.pass.TypesInfo, rsel.X, sel.X) {
				return true
			}
		}
	}
}

// sameCollector reports whether a and b name the same variable or the
// same field of the same variable: v, or s.f and s.g.f.
func sameCollector(info *types.Info, a, b ast.Expr) bool {
	switch a := ast.Unparen(a).(type) {
	case *ast.Ident:
		b, ok := ast.Unparen(b).(*ast.Ident)
		return ok && info.Uses[a] != nil && info.Uses[a] == info.Uses[b]
	case *ast.SelectorExpr:
		b, ok := ast.Unparen(b).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		sa, sb := info.Selections[a], info.Selections[b]
		if sa == nil || sb == nil {
			// A package-qualified variable: pkg.V.
			return sa == sb && info.Uses[a.Sel] != nil && info.Uses[a.Sel] == info.Uses[b.Sel]
		}
		return sa.Kind() == types.FieldVal && sb.Kind() == types.FieldVal && sa.Obj() == sb.Obj() && sameCollector(info, a.X, b.X)
	}
	return false
}
