package semconv

import (
	"fmt"
	"go/ast"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
	registry "github.com/otellint/otellint/internal/semconv"
)

// instrument checks an instrument constructor whose name is a metric of
// the registry: a deprecated metric (deprecated-metric), or one created
// as another kind of instrument, with another unit, or with integers for
// a metric in seconds (metric-shape). A name the registry does not define
// is the team's own, even when it resembles one.
//
//	meter.Int64Histogram("http.server.duration", metric.WithUnit("ms"))
func (c *checker) instrument(call *ast.CallExpr, shape apis.Instrument) {
	if len(call.Args) == 0 {
		return
	}
	nameExpr := call.Args[0]
	name, ok := constval.String(c.pass.TypesInfo, nameExpr)
	if !ok {
		return
	}
	m, ok := registry.Metric(name)
	if !ok {
		return
	}
	if deprecated(m.Deprecated) {
		if c.on(CategoryDeprecatedMetric) {
			c.deprecatedMetric(nameExpr, m)
		}
		return
	}
	if !c.on(CategoryMetricShape) {
		return
	}
	if kind := m.Instrument.String(); kind != shape.Kind {
		c.report(analysis.Diagnostic{Pos: call.Fun.Pos(), End: call.Fun.End(), Category: CategoryMetricShape,
			Message: fmt.Sprintf("metric %q is a %s in the semantic conventions, but is created as a %s here: back ends and dashboards expect the conventional instrument; create it with a %s constructor", name, kind, shape.Kind, kind)})
		return
	}
	unitExpr, unit, hasUnit := c.unit(call)
	switch {
	case hasUnit && !sameUnit(unit, m.Unit):
		c.report(analysis.Diagnostic{Pos: unitExpr.Pos(), End: unitExpr.End(), Category: CategoryMetricShape,
			Message: fmt.Sprintf("metric %q is measured in %q in the semantic conventions, but in %q here: values of both units end up in one series; record it in %q", name, m.Unit, unit, m.Unit)})
	case !shape.Float && m.Unit == "s":
		c.report(analysis.Diagnostic{Pos: call.Fun.Pos(), End: call.Fun.End(), Category: CategoryMetricShape,
			Message: fmt.Sprintf("metric %q is measured in seconds, but is created with integer values here: every duration under a second records as 0; create it with the Float64 constructor", name)})
	}
}

// deprecatedMetric reports a deprecated metric name with its replacement,
// saying when the unit changed too.
func (c *checker) deprecatedMetric(nameExpr ast.Expr, m registry.MetricDef) {
	d := analysis.Diagnostic{Pos: nameExpr.Pos(), End: nameExpr.End(), Category: CategoryDeprecatedMetric}
	head := fmt.Sprintf("metric %q is deprecated in the semantic conventions (%s)", m.Name, registry.Version)
	r, ok := m.Replacement()
	switch {
	case !ok:
		if note := noteText(m.Deprecated.Note); note != "" {
			d.Message = head + ": " + note
		} else {
			d.Message = head + " and has no replacement: stop recording it"
		}
	case m.UnitChanged():
		d.Message = fmt.Sprintf("%s: use %q, whose unit is %q instead of %q: convert the values too", head, r.Name, r.Unit, m.Unit)
	default:
		d.Message = fmt.Sprintf("%s: use %q", head, r.Name)
		// Same unit, same instrument: the name alone changes.
		if lit, ok := ast.Unparen(nameExpr).(*ast.BasicLit); ok && r.Instrument == m.Instrument {
			d.SuggestedFixes = []analysis.SuggestedFix{*replace("Use "+strconv.Quote(r.Name), lit, strconv.Quote(r.Name))}
		}
	}
	c.report(d)
}

// unit returns the unit of an instrument constructor's
// metric.WithUnit option, when it is given directly and constant.
func (c *checker) unit(call *ast.CallExpr) (ast.Expr, string, bool) {
	for _, opt := range call.Args[1:] {
		oc, ok := ast.Unparen(opt).(*ast.CallExpr)
		if !ok || !c.idx.Is(oc, apis.MetricWithUnit) || len(oc.Args) != 1 {
			continue
		}
		if u, ok := constval.String(c.pass.TypesInfo, oc.Args[0]); ok {
			return oc.Args[0], u, true
		}
	}
	return nil, "", false
}

// sameUnit reports whether two UCUM units are the same: curly-brace
// annotations ({request}, {connection}) and "1" are all dimensionless,
// and differ only in what they say of the count.
func sameUnit(a, b string) bool {
	return a == b || dimensionless(a) && dimensionless(b)
}

// dimensionless reports whether a unit is an annotation, "1" or none.
func dimensionless(u string) bool {
	return u == "" || u == "1" || strings.HasPrefix(u, "{") && strings.HasSuffix(u, "}")
}
