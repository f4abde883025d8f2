package highcardinality

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/constval"
)

// vecFact marks an exported variable of an internal package that holds a
// Prometheus collector with a path or URL label, which its own package
// only ever gives routes: the packages that import it check that their
// WithLabelValues calls give that label a route too.
type vecFact struct {
	Labels []string // the label names in order; "" where not a constant
	Exact  bool     // whether an index of Labels is a position of WithLabelValues
}

// AFact marks vecFact as an analysis fact.
func (*vecFact) AFact() {}

// String describes the fact, as the tests expect it.
func (f *vecFact) String() string {
	return fmt.Sprintf("collector labelled %s", strings.Join(f.Labels, ","))
}

// exportVec exports a vecFact, made of the label names elems, for each of
// the variables the collector is copied to; a dependency's variables are
// not followed.
func (c *checker) exportVec(vars []*types.Var, elems []ast.Expr, exact bool) {
	if c.pass.Module != nil && c.pass.Module.Version != "" {
		return // a dependency
	}
	f := &vecFact{Exact: exact}
	for _, el := range elems {
		name, _ := constval.String(c.pass.TypesInfo, el)
		f.Labels = append(f.Labels, name)
	}
	for _, v := range vars {
		c.pass.ExportObjectFact(v, f)
	}
}

// importedVecValues checks the values that a WithLabelValues call on a
// collector of another package, held in a variable with a vecFact, gives
// its path and URL labels: each must be a route.
//
//	metrics.Requests.WithLabelValues(r.Pattern, r.Method)   silent
//	metrics.Requests.WithLabelValues(r.URL.Path, r.Method)  reported
func (c *checker) importedVecValues(scope ast.Node, call *ast.CallExpr) {
	if !c.keys {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	var id *ast.Ident
	switch x := ast.Unparen(sel.X).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel // metrics.Requests
	default:
		return
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Pkg() == c.pass.Pkg || v.IsField() {
		return
	}
	f := new(vecFact)
	if !c.pass.ImportObjectFact(v, f) {
		return
	}
	for i, name := range f.Labels {
		what, bad := c.m.match(name)
		if !bad || !routeKey(what) {
			continue
		}
		at := ast.Node(call)
		if f.Exact && !call.Ellipsis.IsValid() && i < len(call.Args) {
			if c.boundedPath(scope, call.Args[i]) {
				continue
			}
			at = call.Args[i]
		}
		c.emit(call, analysis.Diagnostic{
			Pos: at.Pos(), End: at.End(), Category: CategoryUnboundedKey,
			Message: fmt.Sprintf("metric label %q of %s is %s, whose values are unbounded: each one makes a new time series; give it the route pattern (r.Pattern), log the path or record it on a span", name, v.Name(), what),
		}, "")
	}
}
