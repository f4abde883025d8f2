package ctxpropagation

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/ctxscope"
	"github.com/otellint/otellint/internal/logscope"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/reqscope"
)

// background checks a context.Background() or context.TODO() call, by the
// call it is the first argument of and the place it is in:
//
//	tracer.Start(context.Background(), "x")     // ctx in scope
//	go func() { f(context.TODO()) }()           // ctx captured
//	trace.SpanFromContext(context.Background()) // useless lookup
//
// It stays silent where no caller's context is in scope, where that
// context is nil or already done, and where a fresh root is how the API
// is used: a propagator extracting a remote parent into it, a span
// context linked onto it.
func (c *checker) background(cur inspector.Cursor, call *ast.CallExpr, key string) {
	what := "context." + key[len(apis.ContextPkg)+1:] + "()"
	parentKey := ""
	if k, i := cur.ParentEdge(); k == edge.CallExpr_Args && i == 0 {
		parentKey = c.idx.Key(cur.Parent().Node().(*ast.CallExpr))
	}
	switch {
	case parentKey == apis.PropagatorExtract:
		return // a consumer starts from the message headers
	case slices.Contains(apis.ContextLinkers, parentKey):
		return // the span is carried onto a detached root on purpose
	case slices.Contains(apis.ContextLookups, parentKey):
		c.uselessLookup(cur, call, what, parentKey)
		return
	}
	if !c.enabled(CategoryBackgroundWithCtx) {
		return
	}
	src, ok := c.find(cur)
	if !ok || c.nilGuarded(cur, src.Obj) || c.afterDone(cur, src) || c.detached(cur, src) || c.extractBase(cur) {
		return
	}
	expr := src.Expr()
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: CategoryBackgroundWithCtx, Related: related(src)}
	detach, canDetach := c.withoutCancel(cur, expr)
	switch {
	case c.assignsSource(cur, src.Obj):
		// ctx = context.Background(): a deliberate detachment, done wrong.
		d.Message = "replacing " + expr + " with " + what + " drops its trace; use " + orExpr(canDetach, detach, "a context derived from "+expr) + " to detach from its cancellation"
		if canDetach {
			d.SuggestedFixes = c.replaceFix(call, detach, "Use "+detach)
		}
	case outlives(c.idx, cur, src):
		if setup(cur) {
			return // a component's background work starts its own traces
		}
		d.Message = what + " in a goroutine or callback that outlives the caller starts a new trace although " + expr + " is available; pass " +
			orExpr(canDetach, detach, expr) + " to keep the trace"
		if canDetach {
			d.Message += " without the cancellation"
			d.SuggestedFixes = c.replaceFix(call, detach, "Use "+detach)
		}
	case c.deferred(cur):
		// A deferred call may run after ctx is cancelled.
		d.Message = what + " in a deferred call drops the trace of " + expr + "; pass " + orExpr(canDetach, detach, expr)
		if canDetach {
			d.Message += " to keep the trace without the cancellation"
			d.SuggestedFixes = c.replaceFix(call, detach, "Use "+detach)
		}
	case slices.Contains(apis.ContextDeadlines, parentKey) && !c.tickerLoop(cur):
		// context.WithTimeout(context.Background(), d): a deadline of its
		// own, on purpose; keep it, with the trace.
		d.Message = what + " as the parent of a new deadline drops the trace of " + expr + "; derive the deadline from " +
			orExpr(canDetach, detach+" to keep the trace without the caller's cancellation", expr)
		if canDetach {
			d.SuggestedFixes = c.replaceFix(call, detach, "Use "+detach)
		}
	default:
		switch {
		case parentKey == apis.TracerStart:
			d.Message = "span started from " + what + " begins a new trace although " + expr + " is available; pass " + expr + " to tracer.Start"
		case c.tickerLoop(cur):
			d.Message = what + " makes a new root context on each tick although " + expr + " is available; derive the tick's context from " + expr
		default:
			d.Message = what + " drops the trace of " + expr + ", which is available here; pass " + expr
		}
		if canDetach {
			d.Message += " (or " + detach + " to outlive its cancellation)"
		}
		d.SuggestedFixes = c.replaceFix(call, expr, "Use "+expr)
	}
	c.report(d)
}

// detached reports whether the fresh context at cur loses no trace that
// matters: in code only tests run, in set-up code (a constructor, a
// lifecycle step, a function called only from set-up code), whose
// contexts belong to the component rather than to a request (so do a
// component's running loop and a value it caches), or where the new
// context only waits, is kept for a component in a field, or is
// given the caller's trace another way.
func (c *checker) detached(cur inspector.Cursor, src ctxscope.Source) bool {
	if c.testOnly(cur) || c.scope.At(cur).Kind == reqscope.Init && !litParam(cur, src) {
		return true
	}
	if c.place.At(cur).Kind == logscope.Command {
		return true // a command-line program's code: no request's trace
	}
	if c.storedCallback(cur, src) || c.serviceRun(cur, src) || c.memoised(cur, src) || c.idsGiven(cur, src) || c.startsComponent(cur) {
		return true
	}
	return c.fateOf(cur, 0) != reached
}

// testOnly reports whether cur lies in code that only tests run outside
// _test.go files (a helper that takes the test, a method of a suite, a
// package that exists for tests): no production trace passes through it.
// A _test.go file itself is checked only with -include-tests, and then
// in full.
func (c *checker) testOnly(cur inspector.Cursor) bool {
	if c.scope.TestSupport(cur) {
		return true
	}
	return c.place.At(cur).Kind == logscope.Test && !passkit.IsTestFile(c.pass.Fset, cur.Node().Pos())
}

// startsComponent reports whether the fresh context at cur is the first
// argument of a method that starts a component for its lifetime (Start,
// Run, Serve: reqscope.IsRunMethod): that context bounds the component,
// which must outlive the caller, and its work makes traces of its own,
// not children of the request that happened to start it.
//
//	onConnect := func(ctx context.Context) error {
//		return engine.Start(context.Background()) // started lazily, runs on
//	}
func (c *checker) startsComponent(cur inspector.Cursor) bool {
	k, i := cur.ParentEdge()
	if k != edge.CallExpr_Args || i != 0 {
		return false
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, cur.Parent().Node().(*ast.CallExpr)).(*types.Func)
	return reqscope.IsRunMethod(fn)
}

// storedCallback reports whether cur lies in a function literal without a
// context parameter that is stored in a struct field, for another
// component to call later, and the source is declared outside it: the
// callback runs in the other component's work, after the call that
// stored it, and has no context of its own to keep.
//
//	opts.Credentials = func(host string) (string, string, error) {
//		return creds.Get(context.Background(), host)
//	}
func (c *checker) storedCallback(cur inspector.Cursor, src ctxscope.Source) bool {
	for lc := range cur.Enclosing((*ast.FuncLit)(nil)) {
		lit := lc.Node().(*ast.FuncLit)
		k, _ := lc.ParentEdge()
		if k == edge.CallExpr_Fun {
			continue // called in place
		}
		if src.Obj == nil || lit.Pos() <= src.Obj.Pos() && src.Obj.Pos() < lit.End() {
			return false // the source is the callback's own
		}
		for _, f := range lit.Type.Params.List {
			if ctxscope.IsContext(c.pass.TypesInfo.TypeOf(f.Type)) {
				return false
			}
		}
		switch k {
		case edge.KeyValueExpr_Value:
			return true // &Options{Credentials: func(...) {...}}
		case edge.AssignStmt_Rhs:
			as := lc.Parent().Node().(*ast.AssignStmt)
			_, field := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
			return len(as.Lhs) == 1 && field
		}
		return false
	}
	return false
}

// litParam reports whether the source is a parameter of a function
// literal around cur: a callback given its own context runs with its
// caller's, whatever set-up code makes it.
//
//	func Image(ref string) State {
//		return Scratch().Async(func(ctx context.Context) (State, error) {
//			resolver.Resolve(context.TODO(), ref) // ctx is available
func litParam(cur inspector.Cursor, src ctxscope.Source) bool {
	if !src.Param || src.Obj == nil {
		return false
	}
	for lc := range cur.Enclosing((*ast.FuncLit)(nil)) {
		if ft := lc.Node().(*ast.FuncLit).Type; ft.Pos() <= src.Obj.Pos() && src.Obj.Pos() < ft.End() {
			return true
		}
	}
	return false
}

// nilGuarded reports whether cur lies in the body of "if v == nil" for the
// source variable v: there the context in scope is nil and a fresh root
// is the usual default.
//
//	if ctx == nil {
//		ctx = context.Background()
//	}
func (c *checker) nilGuarded(cur inspector.Cursor, v types.Object) bool {
	for ic := range cur.Enclosing((*ast.IfStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		ifs, ok := ic.Node().(*ast.IfStmt)
		if !ok {
			return false
		}
		if ifs.Body.Pos() <= cur.Node().Pos() && cur.Node().End() <= ifs.Body.End() && c.isNilCheck(ifs.Cond, v) {
			return true
		}
	}
	return false
}

// isNilCheck reports whether cond is "v == nil", possibly among ||.
func (c *checker) isNilCheck(cond ast.Expr, v types.Object) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LOR:
		return c.isNilCheck(b.X, v) || c.isNilCheck(b.Y, v)
	case token.EQL:
		return c.isVar(b.X, v) && astx.IsNil(c.pass.TypesInfo, b.Y) || c.isVar(b.Y, v) && astx.IsNil(c.pass.TypesInfo, b.X)
	}
	return false
}

// extractBase reports whether the fresh context at cur is assigned to a
// local that the function hands to a propagator's Extract: the base into
// which a consumer extracts the trace a message carries, when it has one.
//
//	msgCtx := context.Background()
//	if m.Header != nil {
//		msgCtx = propagator.Extract(msgCtx, propagation.MapCarrier(m.Header))
//	}
func (c *checker) extractBase(cur inspector.Cursor) bool {
	v := astx.IdentVar(c.pass.TypesInfo, astx.AssignedTo(cur))
	if v == nil {
		return false
	}
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	for call := range fn.Preorder((*ast.CallExpr)(nil)) {
		ce := call.Node().(*ast.CallExpr)
		if len(ce.Args) > 0 && astx.IdentVar(c.pass.TypesInfo, ce.Args[0]) == v && c.idx.Key(ce) == apis.PropagatorExtract {
			return true
		}
	}
	return false
}

// assignsSource reports whether the call at cur is the value assigned to
// the source variable itself: ctx = context.Background().
func (c *checker) assignsSource(cur inspector.Cursor, v types.Object) bool {
	k, i := cur.ParentEdge()
	if k != edge.AssignStmt_Rhs {
		return false
	}
	as := cur.Parent().Node().(*ast.AssignStmt)
	if len(as.Lhs) != len(as.Rhs) || as.Tok != token.ASSIGN {
		return false
	}
	return c.isVar(as.Lhs[i], v)
}

// afterDone reports whether the function around cur waits for the
// source's Done channel before the call: past that point the caller's
// context is cancelled, and a fresh one is usually wanted for shutdown.
//
//	<-ctx.Done()
//	srv.Shutdown(context.Background())
func (c *checker) afterDone(cur inspector.Cursor, src ctxscope.Source) bool {
	var fn inspector.Cursor
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = fc
		if src.Obj.Pos() >= fc.Node().Pos() && src.Obj.Pos() < fc.Node().End() {
			break // the function that declares the source
		}
	}
	if !fn.Valid() {
		return false
	}
	pos := cur.Node().Pos()
	for uc := range fn.Preorder((*ast.UnaryExpr)(nil)) {
		u := uc.Node().(*ast.UnaryExpr)
		if u.Op != token.ARROW || u.Pos() >= pos {
			continue
		}
		call, ok := ast.Unparen(u.X).(*ast.CallExpr)
		if !ok || c.idx.Key(call) != apis.ContextDone {
			continue // not context.Context's Done
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		x := ast.Unparen(sel.X)
		if src.Request {
			// r.Context().Done()
			if rc, ok := x.(*ast.CallExpr); ok && c.idx.Key(rc) == apis.HTTPRequestContext {
				if rs, ok := ast.Unparen(rc.Fun).(*ast.SelectorExpr); ok {
					x = ast.Unparen(rs.X)
				}
			}
		}
		if !c.isVar(x, src.Obj) {
			continue
		}
		// A select case waits only in its own body.
		if k, _ := uc.Parent().ParentEdge(); k == edge.CommClause_Comm {
			if !uc.Parent().Parent().Contains(cur) {
				continue
			}
		}
		return true
	}
	return false
}

// untraced reports whether the package is a program that links no
// OpenTelemetry trace API, directly or through its imports (those of a
// package read from export data are all of its imports, not only those
// its API names): no context in it can carry a span, so a fresh one
// drops none, and a request or query sent without one loses none. A
// test's mock server or an example program written as a main package is
// often such a program. A library cannot tell: the program that imports
// it may trace.
func untraced(pass *analysis.Pass, idx *apis.Index) bool {
	return pass.Pkg.Name() == "main" && !idx.ImportsAny(apis.TracePkg)
}

// idsGiven reports whether the fresh context at cur is an argument of a
// call whose other arguments carry both the trace ID and the span ID of
// the source's span context, directly or through local variables filled
// in the function: the call is given the trace explicitly, as a query
// log records the IDs as attributes.
//
//	if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
//		attrs = append(attrs, slog.Any("traceID", sc.TraceID()), slog.Any("spanID", sc.SpanID()))
//	}
//	logger.LogAttrs(context.Background(), slog.LevelInfo, "query", attrs...)
func (c *checker) idsGiven(cur inspector.Cursor, src ctxscope.Source) bool {
	k, _ := cur.ParentEdge()
	if k != edge.CallExpr_Args || src.Obj == nil {
		return false
	}
	decl := astx.EnclosingDecl(cur)
	if decl == nil {
		return false
	}
	info := c.pass.TypesInfo
	seen := map[types.Object]bool{}
	var trace, span bool
	var scan func(n ast.Node)
	scan = func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				switch c.idx.Key(n) {
				case apis.SpanContextTraceID:
					trace = trace || c.spanContextOf(cur, n, src)
				case apis.SpanContextSpanID:
					span = span || c.spanContextOf(cur, n, src)
				}
			case *ast.Ident:
				v, ok := info.Uses[n].(*types.Var)
				if !ok || v.IsField() || seen[v] || v.Pos() < decl.Pos() || v.Pos() >= decl.End() {
					return true
				}
				seen[v] = true
				for _, e := range c.valuesOf(decl, v) {
					scan(e)
				}
			}
			return true
		})
	}
	call := cur.Parent().Node().(*ast.CallExpr)
	for _, a := range call.Args {
		// The whole span context of the source, both IDs at once.
		if a != cur.Node() && apis.IsTypeIn(info.TypeOf(a), []string{apis.SpanContextType}) && c.sourceSpanContext(cur, a, src) {
			return true
		}
	}
	for _, a := range call.Args {
		if a != cur.Node() {
			scan(a)
		}
	}
	return trace && span
}

// valuesOf returns the values assigned to the local variable v in decl.
func (c *checker) valuesOf(decl *ast.FuncDecl, v *types.Var) []ast.Expr {
	var out []ast.Expr
	ast.Inspect(decl, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.AssignStmt, *ast.ValueSpec:
			lhs, rhs := passkit.Assignment(n)
			for i, l := range lhs {
				if id, ok := l.(*ast.Ident); ok && c.pass.TypesInfo.ObjectOf(id) == v && len(lhs) == len(rhs) {
					out = append(out, rhs[i])
				}
			}
		}
		return true
	})
	return out
}

// spanContextOf reports whether the receiver of the span-context method
// call m is the span context of the source (sourceSpanContext).
func (c *checker) spanContextOf(cur inspector.Cursor, m *ast.CallExpr, src ctxscope.Source) bool {
	sel, ok := ast.Unparen(m.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	return c.sourceSpanContext(cur, sel.X, src)
}

// sourceSpanContext reports whether x is the span context of the source:
// trace.SpanContextFromContext(ctx) or trace.SpanFromContext(ctx).SpanContext(),
// directly or through a local assigned once. The span may also come from
// a function given nothing but the source that returns a trace.Span (a
// project's own SpanFromContext(ctx), or a helper that starts a child
// span): its span context is in the trace of ctx either way.
//
//	span := diagutil.SpanFromContext(ctx)
//	md := tracemd.FromSpanContext(context.Background(), span.SpanContext())
func (c *checker) sourceSpanContext(cur inspector.Cursor, x ast.Expr, src ctxscope.Source) bool {
	x = ast.Unparen(x)
	for range 3 {
		if id, ok := x.(*ast.Ident); ok {
			if d := astx.SingleDef(c.pass.TypesInfo, cur, id); d != nil {
				x = ast.Unparen(d)
				continue
			}
			return false
		}
		call, ok := x.(*ast.CallExpr)
		if !ok {
			return false
		}
		switch c.idx.Key(call) {
		case apis.SpanContextFromCtx, apis.SpanFromContext:
			return len(call.Args) == 1 && c.isVar(call.Args[0], src.Obj)
		case apis.SpanSpanContext:
			s, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				return false
			}
			x = ast.Unparen(s.X)
			continue
		case "":
			return len(call.Args) == 1 && c.isVar(call.Args[0], src.Obj) &&
				apis.IsTypeIn(c.pass.TypesInfo.TypeOf(call), []string{apis.SpanIface})
		}
		return false
	}
	return false
}
