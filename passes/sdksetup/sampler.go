package sdksetup

import (
	"go/ast"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
)

// The sampler given to sdktrace.WithSampler.
//
// sampler-override: NewTracerProvider reads OTEL_TRACES_SAMPLER and
// OTEL_TRACES_SAMPLER_ARG first and applies its options after them, so a
// sampler written in the code wins over the environment, and every
// environment samples alike. Reported when the sampler is built from the
// SDK's constructors and constants only; one taken from a parameter, a
// field, a function of the program, or chosen among several assignments
// is configuration, and silent.
//
// root-always-sample: AlwaysSample and TraceIDRatioBased decide by
// themselves, whatever the parent decided; only under ParentBased do they
// decide for root spans alone (the default sampler is
// ParentBased(AlwaysSample())).

// checkSampler runs the sampler checks on a WithSampler call.
func (c *checker) checkSampler(cur inspector.Cursor, call *ast.CallExpr) {
	if len(call.Args) != 1 {
		return
	}
	arg := call.Args[0]
	if c.checks(CategoryRootAlwaysSample) {
		if root := c.rootSampler(cur, arg, 0); root != nil {
			c.reportRootSampler(root)
		}
	}
	if c.checks(CategorySamplerOverride) {
		if outer := c.constSampler(cur, arg, 0); outer != nil && !c.allowedSampler(outer) {
			c.report(analysis.Diagnostic{
				Pos: call.Pos(), End: call.End(), Category: CategorySamplerOverride,
				Message: "the sampler is hard-coded, which overrides OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG, so every environment samples alike; leave WithSampler out (the default ParentBased(AlwaysSample()) then yields to the variables) or build the sampler from configuration",
			})
		}
	}
}

// constSampler returns the outermost constructor call of the sampler e
// when it is built from the SDK's sampler constructors with constant
// arguments only, or nil:
//
//	sdktrace.AlwaysSample()
//	sdktrace.ParentBased(sdktrace.TraceIDRatioBased(0.1))
//	sdktrace.ParentBased(root, sdktrace.WithRemoteParentNotSampled(sdktrace.NeverSample()))
func (c *checker) constSampler(at inspector.Cursor, e ast.Expr, depth int) *ast.CallExpr {
	e = ast.Unparen(e)
	if _, ok := e.(*ast.Ident); ok && depth < 4 {
		if v := c.singleValue(at, e); v != nil {
			return c.constSampler(at, v, depth+1)
		}
		return nil
	}
	call, ok := e.(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() {
		return nil
	}
	switch c.idx.Key(call) {
	case apis.SDKAlwaysSample, apis.SDKNeverSample:
		return call
	case apis.SDKTraceIDRatioBased:
		if len(call.Args) == 1 && c.pass.TypesInfo.Types[call.Args[0]].Value != nil {
			return call
		}
	case apis.SDKAlwaysRecord:
		if len(call.Args) == 1 && c.constSampler(at, call.Args[0], depth+1) != nil {
			return call
		}
	case apis.SDKParentBased:
		if len(call.Args) == 0 || c.constSampler(at, call.Args[0], depth+1) == nil {
			return nil
		}
		for _, opt := range call.Args[1:] {
			o, ok := ast.Unparen(opt).(*ast.CallExpr)
			if !ok || !c.idx.Is(o, apis.SDKParentBasedOptions...) || len(o.Args) != 1 || c.constSampler(at, o.Args[0], depth+1) == nil {
				return nil
			}
		}
		return call
	}
	return nil
}

// allowedSampler reports whether the configuration allows the sampler
// constructor of call to be hard-coded.
func (c *checker) allowedSampler(call *ast.CallExpr) bool {
	fn := apis.Callee(c.pass.TypesInfo, call)
	return fn != nil && slices.Contains(c.cfg.AllowedSamplers, fn.FullName())
}

// rootSampler returns the AlwaysSample or TraceIDRatioBased call that the
// sampler e uses without ParentBased around it, or nil.
func (c *checker) rootSampler(at inspector.Cursor, e ast.Expr, depth int) *ast.CallExpr {
	e = ast.Unparen(e)
	if _, ok := e.(*ast.Ident); ok && depth < 4 {
		if v := c.singleValue(at, e); v != nil {
			return c.rootSampler(at, v, depth+1)
		}
		return nil
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return nil
	}
	switch c.idx.Key(call) {
	case apis.SDKAlwaysSample, apis.SDKTraceIDRatioBased:
		return call
	case apis.SDKAlwaysRecord:
		if len(call.Args) == 1 {
			return c.rootSampler(at, call.Args[0], depth+1)
		}
	}
	return nil
}

// reportRootSampler reports a sampler that ignores the parent's decision,
// with the fix that wraps it in ParentBased.
func (c *checker) reportRootSampler(root *ast.CallExpr) {
	var msg string
	if c.idx.Is(root, apis.SDKAlwaysSample) {
		msg = "AlwaysSample as the root sampler ignores the caller's sampling decision: spans whose parent was not sampled are sampled here, leaving traces without their upstream part; wrap it: ParentBased(AlwaysSample()) (the default sampler)"
	} else {
		msg = "TraceIDRatioBased as the root sampler ignores the caller's sampling decision: traces sampled upstream lose this service's spans, and traces dropped upstream gain orphan spans, whenever the ratios differ; wrap it: ParentBased(TraceIDRatioBased(...))"
	}
	d := analysis.Diagnostic{Pos: root.Pos(), End: root.End(), Category: CategoryRootAlwaysSample, Message: msg}
	if fix, ok := c.parentBasedFix(root); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.report(d)
}
