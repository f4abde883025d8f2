package spannaming

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
)

// check reports the problems of the span or tracer name set by one call.
func (c *checker) check(cs callSite) {
	call := cs.call
	if c.idx.Is(call, apis.OtelTracer, apis.TracerProviderTrace) {
		c.checkTracerName(call)
		return
	}
	if c.idx.NoopStart(call) {
		return // a no-op tracer's spans are never seen: their names do not matter
	}
	tmpl := c.template(call)
	if tmpl == nil {
		return
	}
	parts := c.paramsAsValues(cs.fd, dropEmpty(c.substitute(cs, tmpl)))
	// The argument to report at: the first one the name comes from.
	at := func(p part) ast.Expr {
		if p.arg >= 0 && p.arg < len(call.Args) {
			return call.Args[p.arg]
		}
		for _, t := range tmpl {
			if t.Kind == factParam && t.Param < len(call.Args) {
				return call.Args[t.Param]
			}
		}
		return call
	}
	var name strings.Builder
	allLit := true
	for _, p := range parts {
		if p.kind != lit {
			allLit = false
		}
		name.WriteString(p.s)
	}
	if allLit {
		if name.Len() == 0 && c.renamedLater(cs) {
			return // named by SetName before it ends
		}
		first := part{arg: -1}
		for _, p := range parts {
			if p.arg >= 0 {
				first = p
				break
			}
		}
		c.checkConstName(at(first), cs.fd, name.String())
		return
	}
	// Report the part most likely to vary per call: an ID, a path or a
	// time before another value, a local value before a struct field,
	// which is often configuration (a base URL, a component name).
	best, rank := part{}, 0
	for _, p := range parts {
		if p.kind == opaque && !c.set.stateNames && c.stateValue(cs.fd, p.expr) {
			continue // the receiver's state, a definition's field: bounded by the program
		}
		r := 0
		switch {
		case p.kind == unbounded:
			r = 3
		case p.kind == opaque && len(parts) > 1 && !c.isField(p.expr):
			r = 2
		case p.kind == opaque && len(parts) > 1:
			r = 1
		case p.kind == opaque && c.requestField(cs.fd, p.expr):
			r = 1 // a name that is a field of a request: req.Relation
		}
		if r > rank {
			best, rank = p, r
		}
	}
	if rank > 0 {
		c.reportDynamic(at(best), best, c.recordedAs(cs, best))
	}
	// Otherwise parameters and bounded values: a wrapper, or a name from a
	// closed set.
}

// isField reports whether e selects a struct field: s.baseURL.
func (c *checker) isField(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := c.pass.TypesInfo.Selections[sel]
	return s != nil && s.Kind() == types.FieldVal
}

// checkConstName reports a constant span name that is generic, empty, or
// does not follow the configured convention. fd is the declaration around
// the call, or nil.
func (c *checker) checkConstName(at ast.Expr, fd *ast.FuncDecl, name string) {
	switch {
	case c.set.checks.On(CategoryGenericName) && c.set.isGeneric(name) && !c.qualified(fd, name):
		c.reportf(at, CategoryGenericName,
			"span name %q says which function ran, not what the system did; name the business operation, such as \"OrderService.PlaceOrder\"", name)
	case !c.set.checks.On(CategoryBadName):
	case name == "":
		c.reportf(at, CategoryBadName, "span name is empty; name the business operation, such as \"OrderService.PlaceOrder\"")
	case c.set.pattern == nil || c.set.pattern.MatchString(name):
		// No convention, or a name that follows it.
	case !c.set.preset:
		c.reportf(at, CategoryBadName, "span name %q does not match the naming pattern %s; rename the span to follow the team's convention", name, c.set.pattern)
	default:
		c.reportf(at, CategoryBadName,
			"span name %q does not follow the Service.Action convention; use dotted PascalCase business names such as \"OrderService.PlaceOrder\" or \"Payment.OrderService.CreateOrder\"", name)
	}
}

// reportDynamic reports a span name built from a non-constant value; key
// is the attribute the span already records it as, or "".
func (c *checker) reportDynamic(at ast.Expr, p part, key string) {
	if !c.set.checks.On(CategoryDynamicName) {
		return
	}
	what := "a non-constant value"
	if p.expr != nil {
		what = types.ExprString(p.expr)
		if len(what) > 40 {
			what = what[:37] + "..."
		}
	}
	msg := fmt.Sprintf("span name is built at run time from %s, so every value makes a new span name; use a constant name and record %s as a span attribute", what, what)
	if key != "" {
		msg = fmt.Sprintf("span name is built at run time from %s, so every value makes a new span name; the span already records it as attribute %s: use a constant name", what, key)
	}
	d := analysis.Diagnostic{
		Pos: at.Pos(), End: at.End(), Category: CategoryDynamicName,
		Message: msg,
	}
	if p.expr != nil && (p.expr.Pos() < at.Pos() || p.expr.End() > at.End()) {
		d.Related = []analysis.RelatedInformation{{Pos: p.expr.Pos(), End: p.expr.End(), Message: "the non-constant part of the name"}}
	}
	c.emit(d)
}

// checkTracerName reports otel.Tracer("") and provider.Tracer("").
func (c *checker) checkTracerName(call *ast.CallExpr) {
	if !c.set.checks.On(CategoryEmptyTracerName) || len(call.Args) == 0 {
		return
	}
	if s, ok := constval.String(c.pass.TypesInfo, call.Args[0]); !ok || strings.TrimSpace(s) != "" {
		return
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && c.idx.Key(call) == apis.TracerProviderTrace {
		// A no-op provider ignores the name.
		if t := c.pass.TypesInfo.TypeOf(sel.X); t != nil {
			if n, ok := types.Unalias(astx.Deref(t)).(*types.Named); ok && n.Obj().Pkg() != nil &&
				slices.Contains(apis.NoopTracerProviders, n.Obj().Pkg().Path()+"."+n.Obj().Name()) {
				return
			}
		}
	}
	c.reportf(call.Args[0], CategoryEmptyTracerName,
		"tracer name is empty, so its spans carry no instrumentation scope of their own (the SDK files them under its placeholder scope); name the tracer after the instrumenting package, such as its import path")
}

// reportf reports a problem of category at an expression.
func (c *checker) reportf(at ast.Expr, category, format string, args ...any) {
	c.emit(analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: category, Message: fmt.Sprintf(format, args...)})
}

// emit reports d, once per position.
func (c *checker) emit(d analysis.Diagnostic) {
	if c.reported[d.Pos] || c.reqs.TestSupport(c.site) {
		return
	}
	c.reported[d.Pos] = true
	c.report(d)
}

// recordedAs returns the key of the attribute under which the span that
// cs starts already records the value of p, or "": an attribute of
// trace.WithAttributes among the options of Tracer.Start whose value is
// the same expression, or the same local variable.
//
//	name := "Check " + kind
//	tracer.Start(ctx, name, trace.WithAttributes(attribute.String("check.kind", kind)))
func (c *checker) recordedAs(cs callSite, p part) string {
	if p.expr == nil || c.idx.Key(cs.call) != apis.TracerStart || len(cs.call.Args) < 3 {
		return ""
	}
	info := c.pass.TypesInfo
	ev := c.evaluator(cs.fd)
	same := func(v ast.Expr) bool {
		for _, q := range ev.eval(v, 0) {
			if q.expr == p.expr || (q.expr != nil && types.ExprString(q.expr) == types.ExprString(p.expr)) {
				return true
			}
		}
		return false
	}
	key := ""
	for _, opt := range cs.call.Args[2:] {
		ast.Inspect(opt, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || key != "" {
				return key == ""
			}
			var k, v ast.Expr
			switch {
			case c.idx.Is(call, apis.AttributeFuncs...) && len(call.Args) == 2:
				k, v = call.Args[0], call.Args[1]
			case c.idx.Is(call, apis.AttributeKeyMethods...) && len(call.Args) == 1:
				if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
					k, v = sel.X, call.Args[0]
				}
			}
			if v == nil || !same(v) {
				return true
			}
			if s, ok := constval.String(info, k); ok {
				key = strconv.Quote(s)
			} else {
				key = types.ExprString(k)
			}
			return false
		})
	}
	return key
}
