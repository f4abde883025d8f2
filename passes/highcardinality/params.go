package highcardinality

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/passkit"
)

// paramsFact marks a function of the module that gives some of its
// parameters, unchanged, to metric labels or attributes of bounded keys,
// so that a call passing it an unbounded value is reported at the call:
//
//	func (r *Repo) UpdateRequest(service, request string) {
//		requests.With(prometheus.Labels{"service": service, "request": request}).Inc()
//	}
//	repo.UpdateRequest(name, r.RequestURI) // reported
type paramsFact struct {
	Params []paramSink
}

// A paramSink is a parameter of a function and the metric value it
// becomes.
type paramSink struct {
	Index  int    // the parameter's index
	Name   string // the parameter's name
	Target string // the label or attribute: metric label "request"
	// Line is the line of the metric value relative to the line of the
	// function's name, for Related.
	Line int
	pos  token.Pos // the metric value, in this package
}

// AFact marks paramsFact as an analysis fact.
func (*paramsFact) AFact() {}

// String describes the fact, as the tests expect it.
func (f *paramsFact) String() string {
	var parts []string
	for _, p := range f.Params {
		parts = append(parts, fmt.Sprintf("%s to %s", p.Name, p.Target))
	}
	return "gives " + strings.Join(parts, ", ")
}

// noteParam records that the metric value v of scope is, unchanged, a
// parameter of the function declared by scope (directly or through local
// variables), so that its callers are checked (see checkParamCalls).
func (c *checker) noteParam(scope ast.Node, v ast.Expr, target string) {
	fd, ok := scope.(*ast.FuncDecl)
	if !ok || c.params == nil {
		return
	}
	fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if !ok {
		return
	}
	for _, i := range c.paramsOf(fd, fn, v, 0) {
		c.addSink(fn, paramSink{Index: i, Target: target, pos: v.Pos()})
	}
}

// addSink records s for fn, once per parameter; it reports whether it
// is new.
func (c *checker) addSink(fn *types.Func, s paramSink) bool {
	if slices.ContainsFunc(c.params[fn], func(p paramSink) bool { return p.Index == s.Index }) {
		return false
	}
	sig := fn.Type().(*types.Signature)
	s.Name = sig.Params().At(s.Index).Name()
	s.Line = c.pass.Fset.Position(s.pos).Line - c.pass.Fset.Position(fn.Pos()).Line
	c.params[fn] = append(c.params[fn], s)
	return true
}

// paramsOf returns the indexes of the parameters of fn (declared by fd)
// that v is, or may hold through the local variables of fd. A variadic
// parameter is not followed.
func (c *checker) paramsOf(fd *ast.FuncDecl, fn *types.Func, v ast.Expr, depth int) []int {
	id, ok := ast.Unparen(v).(*ast.Ident)
	if !ok || depth > maxRouteDepth {
		return nil
	}
	obj, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	values, initial := c.reachingDefs(fd, id)
	var out []int
	sig := fn.Type().(*types.Signature)
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == obj && initial && (!sig.Variadic() || i < sig.Params().Len()-1) {
			out = append(out, i) // the argument, unless replaced first
		}
	}
	for _, rhs := range values {
		for _, i := range c.paramsOf(fd, fn, rhs, depth+1) {
			if !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
	}
	return out
}

// sinksOf returns the parameters that fn gives to metric values: learnt
// in this package, or from fn's fact.
func (c *checker) sinksOf(fn *types.Func) []paramSink {
	fn = fn.Origin()
	if fn.Pkg() == c.pass.Pkg {
		return c.params[fn]
	}
	f, ok := c.importedParams[fn]
	if !ok {
		f = new(paramsFact)
		if !c.pass.ImportObjectFact(fn, f) {
			f = nil
		}
		c.importedParams[fn] = f
	}
	if f == nil {
		return nil
	}
	return f.Params
}

// labelling returns fn, the callee of a call, if it is a function of
// the module whose package may label metrics: this package, when it uses
// a metric API, or a package it imports that does.
func (c *checker) labelling(fn *types.Func, metrics bool) *types.Func {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	if fn.Pkg() == c.pass.Pkg {
		if !metrics {
			return nil
		}
		return fn
	}
	if !usesMetrics(fn.Pkg()) {
		return nil
	}
	return fn
}

// usesMetrics reports whether pkg imports a metric API.
func usesMetrics(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		switch imp.Path() {
		case apis.MetricPkg, apis.PromPkg, apis.PromautoPkg:
			return true
		}
	}
	return false
}

// importsLabelling reports whether the package imports a package that
// uses a metric API, whose functions may give their parameters to
// metrics.
func (c *checker) importsLabelling() bool {
	return slices.ContainsFunc(c.pass.Pkg.Imports(), usesMetrics)
}

// paramCalls learns which functions of the package pass their parameters
// on to functions that give them to metric values, exports the facts of
// those that other packages can call, and reports the calls that pass an
// unbounded value to such a parameter. metrics tells whether the package
// uses a metric API itself.
func (c *checker) paramCalls(metrics bool) {
	type site struct {
		call  *ast.CallExpr
		fn    *types.Func
		scope ast.Node
	}
	var sites []site
	for fc := range passkit.NonTestFiles(c.pass, c.ins) {
		if c.sup.GeneratedFile(c.pass.Fset, fc.Node().(*ast.File)) {
			continue
		}
		// The calls the shared walk found: a call of no function has no
		// labelling callee.
		for _, cl := range c.idx.CallsIn(fc) {
			cur, call := cl.Cur, cl.Node()
			if call.Ellipsis.IsValid() {
				continue
			}
			if fn := c.labelling(cl.Fn, metrics); fn != nil {
				var scope ast.Node
				if fd := astx.EnclosingDecl(cur); fd != nil {
					scope = fd
				}
				sites = append(sites, site{call, fn, scope})
			}
		}
	}
	// A function that passes its parameter on gives it to the metric as
	// well; a chain of helpers needs a round per link.
	for range 4 {
		changed := false
		for _, s := range sites {
			fd, ok := s.scope.(*ast.FuncDecl)
			if !ok {
				continue
			}
			caller, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			for _, sink := range c.sinksOf(s.fn) {
				if sink.Index >= len(s.call.Args) {
					continue
				}
				arg := s.call.Args[sink.Index]
				for _, i := range c.paramsOf(fd, caller, arg, 0) {
					if c.addSink(caller, paramSink{Index: i, Target: sink.Target, pos: arg.Pos()}) {
						changed = true
					}
				}
			}
		}
		if !changed {
			break
		}
	}
	if c.pass.Module == nil || c.pass.Module.Version == "" {
		for fn, sinks := range c.params {
			if fn.Exported() {
				sinks = slices.Clone(sinks)
				slices.SortFunc(sinks, func(a, b paramSink) int { return a.Index - b.Index })
				c.pass.ExportObjectFact(fn, &paramsFact{Params: sinks})
			}
		}
	}
	if !c.values {
		return
	}
	for _, s := range sites {
		for _, sink := range c.sinksOf(s.fn) {
			if sink.Index >= len(s.call.Args) {
				continue
			}
			c.paramValue(s.scope, s.call, s.fn, sink)
		}
	}
}

// paramValue reports the argument of call that gives the parameter of
// sink an unbounded value.
func (c *checker) paramValue(scope ast.Node, call *ast.CallExpr, fn *types.Func, sink paramSink) {
	arg := call.Args[sink.Index]
	what, advice, _ := c.unbounded(scope, arg)
	if what == "" {
		return
	}
	c.emit(call, analysis.Diagnostic{
		Pos: arg.Pos(), End: arg.End(), Category: CategoryUnboundedValue,
		Message: fmt.Sprintf("%s is set, through parameter %s of %s, to %s, whose values are unbounded: each one makes a new time series; %s", sink.Target, sink.Name, fn.Name(), what, advice),
		Related: []analysis.RelatedInformation{{Pos: c.sinkPosition(fn, sink), Message: fn.Name() + " gives the parameter to the metric here"}},
	}, "")
}

// sinkPosition returns where fn gives the parameter of sink to a metric:
// the exact place in this package, else the line the fact records.
func (c *checker) sinkPosition(fn *types.Func, sink paramSink) token.Pos {
	if sink.pos.IsValid() {
		return sink.pos
	}
	tf := c.pass.Fset.File(fn.Pos())
	if tf == nil {
		return fn.Pos()
	}
	if l := tf.Line(fn.Pos()) + sink.Line; l >= 1 && l <= tf.LineCount() {
		return tf.LineStart(l)
	}
	return fn.Pos()
}
