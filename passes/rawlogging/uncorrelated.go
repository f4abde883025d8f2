package rawlogging

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
	"github.com/otellint/otellint/internal/reqscope"
)

// uncorrelated reports a structured log call that drops the context in
// scope, so that the line carries no trace_id:
//
//	slog.Info(msg, ...)        -> slog.InfoContext(ctx, msg, ...)
//	logger.Info(msg, ...)      -> logger.InfoContext(ctx, msg, ...)     (*slog.Logger)
//	logger.Info(msg, ...)      -> logger.Ctx(ctx).Info(msg, ...)        (otelzap)
//
// Plain zap cannot take a context: its calls are reported only in a
// package that imports the otelzap bridge, where the fix is at hand.
//
// The calls come from noteLogCall, and are checked only in a package
// whose logs carry the context (logsCarryContext).
func (c *checker) uncorrelated(lc logCall) {
	cur, call, key := lc.cur, lc.call, lc.key
	twin := apis.SlogCtxTwins[key]
	// The context that carries the caller's trace, as ctxpropagation
	// chooses it: in a handler that also builds an outgoing request, the
	// incoming r.Context(), not the outgoing req.Context(). A local that
	// holds only a fresh root has no trace_id to give the line.
	src, ok := c.carriers().Find(cur)
	if !ok || src.Obj == nil {
		return
	}
	// Only a context known to carry a span or a received request's trace
	// gives the line a trace_id: a component's run context, handed down a
	// loop, may carry none.
	if !c.carriers().Spanned(src, call.Pos(), reqscope.IsRPCMethod) {
		return
	}
	ctx := src.Expr()
	name := funcName(key)
	var fun *ast.Ident // the name of the called function
	var recv ast.Expr  // the receiver or package qualifier, if any
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		fun, recv = f.Sel, f.X
	case *ast.Ident:
		fun = f
	default:
		return
	}
	d := analysis.Diagnostic{Pos: fun.Pos(), End: fun.End(), Category: CategoryUncorrelatedLog}
	switch {
	case lc.getter != "":
		// A logrus call on the package-level entry of a package that
		// keeps the entry in the context.
		d.Message = fmt.Sprintf("%s drops the context in scope, so the line carries no trace_id; log through %s(%s)", name, lc.getter, ctx)
	case twin != "":
		if len(call.Args) == 0 {
			return // not valid Go
		}
		d.Message = fmt.Sprintf("%s drops the context in scope, so the line carries no trace_id; call %s(%s, ...)", name, funcName(twin), ctx)
		d.SuggestedFixes = twinFix(call, fun, funcName(twin), ctx)
	case recv != nil && c.hasCtxMethod(recv, name):
		// A zap call on an otelzap logger.
		d.Message = fmt.Sprintf("%s drops the context in scope, so the line carries no trace_id; log through %s.Ctx(%s).%s", name, types.ExprString(recv), ctx, name)
		d.SuggestedFixes = ctxFix(recv, ctx)
	default:
		// A plain zap logger in a package that logs through otelzap.
		d.Message = fmt.Sprintf("zap %s drops the context in scope, so the line carries no trace_id; log through an otelzap logger's Ctx(%s)", name, ctx)
	}
	c.reportAt(cur, d)
}

// A logCall is a log call of the walk, with its cursor and key.
type logCall struct {
	cur  inspector.Cursor
	call *ast.CallExpr
	key  string
	// getter is the logrus entry getter to log through ("log.G"), for
	// a call on a package-level entry (globalEntry).
	getter string
}

// noteLogCall notes, during the shared walk, a log call that hands a
// context to the log pipeline (evidence that the package's logs carry
// it), and one that may drop the context in scope, checked by
// uncorrelated once the walk is over.
func (c *checker) noteLogCall(cur inspector.Cursor, call *ast.CallExpr, key string) {
	if logCtxCalls[key] {
		c.ctxLogCalls = append(c.ctxLogCalls, call)
		return
	}
	zapCall := c.otelzap && (slices.Contains(apis.ZapLoggerLog, key) || slices.Contains(apis.ZapSugarLog, key))
	if apis.SlogCtxTwins[key] != "" || zapCall {
		c.uncorr = append(c.uncorr, logCall{cur: cur, call: call, key: key})
		return
	}
	if slices.Contains(apis.LogrusEntryLog, key) {
		if g, ok := c.globalEntry(call); ok {
			c.uncorr = append(c.uncorr, logCall{cur: cur, call: call, key: key, getter: g})
		}
	}
}

// carriers returns the package's [ctxscope.Carriers], made at first use.
func (c *checker) carriers() *ctxscope.Carriers {
	if c.ctxs == nil {
		c.ctxs = ctxscope.NewCarriers(c.pass.Pkg, c.pass.TypesInfo, c.idx, c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector))
	}
	return c.ctxs
}

// hasCtxMethod reports whether recv is an otelzap logger (or embeds one)
// whose Ctx(ctx) returns a logger with a log method called name:
//
//	logger.Info(msg, fields...) -> logger.Ctx(ctx).Info(msg, fields...)
func (c *checker) hasCtxMethod(recv ast.Expr, name string) bool {
	tv, ok := c.pass.TypesInfo.Types[recv]
	if !ok || tv.Type == nil || !tv.IsValue() {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(tv.Type, true, c.pass.Pkg, funcName(apis.OtelzapCtx[0]))
	fn, ok := obj.(*types.Func)
	if !ok || !slices.Contains(apis.OtelzapCtx, c.idx.FuncKey(fn)) {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() != 1 {
		return false
	}
	m, _, _ := types.LookupFieldOrMethod(sig.Results().At(0).Type(), true, c.pass.Pkg, name)
	mf, ok := m.(*types.Func)
	return ok && slices.Contains(apis.OtelzapWithCtxLog, c.idx.FuncKey(mf))
}
