package ctxpropagation

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"go/version"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/reqscope"
	"github.com/otellint/otellint/internal/suppress"
)

//go:embed doc.go
var doc string

// The categories of the diagnostics of this pass, one per check.
const (
	CategoryBackgroundWithCtx = "background-with-ctx"
	CategoryRequestWithoutCtx = "request-without-ctx"
	CategoryQueryWithoutCtx   = "query-without-ctx"
	CategoryUselessCtxLookup  = "useless-ctx-lookup"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryBackgroundWithCtx, CategoryRequestWithoutCtx, CategoryQueryWithoutCtx, CategoryUselessCtxLookup}

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's ctxpropagation block and a flag -ctxpropagation.<name>.
type Config struct {
	Checks       passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
	Strict       bool           `json:"strict" help:"also report requests and queries without a context where no context is in scope"`
	IncludeTests bool           `json:"include-tests" help:"also check _test.go files"`
	IncludeMain  bool           `json:"include-main" help:"also check the bodies of func main and func init"`
}

// Pass declares the ctxpropagation pass.
var Pass = passkit.Pass[Config]{
	Name:       "ctxpropagation",
	Doc:        doc,
	Categories: Categories,
	Default:    Config{Checks: passkit.Checks(Categories)},
	Requires:   []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer},
	Run:        run,
}

// Analyzer is the ctxpropagation analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// checker holds the state of one run.
type checker struct {
	pass   *analysis.Pass
	cfg    *Config
	idx    *apis.Index
	report func(analysis.Diagnostic)
	file   *ast.File
	memo   map[types.Object]bool // memo of carries
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	if !idx.ImportsAny(apis.ContextPkg, apis.HTTPPkg, apis.SQLPkg) {
		return nil, nil // nothing to propagate into
	}
	if len(cfg.Checks) == 0 {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	sup := pass.ResultOf[suppress.Analyzer].(*suppress.Index)
	c := &checker{pass: pass, cfg: cfg, idx: idx, report: suppress.Reporter(pass), memo: map[types.Object]bool{}}
	for fc := range ins.Root().Children() {
		file, ok := fc.Node().(*ast.File)
		if !ok || sup.GeneratedFile(pass.Fset, file) {
			continue
		}
		if !cfg.IncludeTests && strings.HasSuffix(pass.Fset.File(file.FileStart).Name(), "_test.go") {
			continue
		}
		c.file = file
		fc.Inspect([]ast.Node{(*ast.FuncDecl)(nil), (*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil)}, func(cur inspector.Cursor) bool {
			switch n := cur.Node().(type) {
			case *ast.FuncDecl:
				// main and init start the program: there is no caller's context.
				if !cfg.IncludeMain && n.Recv == nil && (n.Name.Name == "init" || n.Name.Name == "main" && pass.Pkg.Name() == "main") {
					return false
				}
			case *ast.CallExpr:
				c.call(cur, n)
			case *ast.SelectorExpr:
				c.methodValue(cur, n)
			}
			return true
		})
	}
	return nil, nil
}

func (c *checker) enabled(cat string) bool { return c.cfg.Checks.On(cat) }

// call dispatches a call to the check of its callee.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	switch k := c.idx.Key(call); {
	case k == "":
	case k == apis.ContextBackground || k == apis.ContextTODO:
		c.background(cur, call, k)
	case k == apis.HTTPNewRequest:
		if c.enabled(CategoryRequestWithoutCtx) {
			c.newRequest(cur, call)
		}
	case slices.Contains(apis.HTTPNoCtxFuncs, k) || slices.Contains(apis.HTTPClientNoCtx, k):
		if c.enabled(CategoryRequestWithoutCtx) {
			c.httpHelper(cur, call, k)
		}
	case apis.SQLTwins[k] != "":
		if c.enabled(CategoryQueryWithoutCtx) {
			c.query(cur, call, k)
		}
	}
}

// lookups are the functions that read the trace or baggage of a context:
// given a fresh root they can only return nothing.
var lookups = []string{apis.SpanFromContext, apis.SpanContextFromCtx, apis.BaggageFromContext}

// linkers put a span context into the context they are given: on a fresh
// root they make a deliberate, traced detachment.
var linkers = []string{apis.ContextWithSpan, apis.TracePkg + ".ContextWithSpanContext", apis.TracePkg + ".ContextWithRemoteSpanContext"}

// background checks a context.Background() or context.TODO() call.
//
//	tracer.Start(context.Background(), "x")    // ctx in scope
//	go func() { f(context.TODO()) }()          // ctx captured
//	trace.SpanFromContext(context.Background()) // useless lookup
func (c *checker) background(cur inspector.Cursor, call *ast.CallExpr, key string) {
	what := "context." + key[len(apis.ContextPkg)+1:] + "()"
	parentKey := ""
	if k, i := cur.ParentEdge(); k == edge.CallExpr_Args && i == 0 {
		parentKey = c.idx.Key(cur.Parent().Node().(*ast.CallExpr))
	}
	switch {
	case parentKey == apis.PropagatorExtract:
		return // a consumer starts from the message headers
	case slices.Contains(linkers, parentKey):
		return // the span is carried onto a detached root on purpose
	case slices.Contains(lookups, parentKey):
		if !c.enabled(CategoryUselessCtxLookup) {
			return
		}
		d := analysis.Diagnostic{
			Pos: call.Pos(), End: call.End(), Category: CategoryUselessCtxLookup,
			Message: calleeName(parentKey) + "(" + what + ") always returns an empty value; pass the context that carries the span or baggage",
		}
		if src, ok := c.find(cur); ok {
			d.Message = calleeName(parentKey) + "(" + what + ") always returns an empty value; pass " + src.Expr()
			d.SuggestedFixes = c.replaceFix(call, src.Expr(), "Use "+src.Expr())
			d.Related = related(src)
		}
		c.report(d)
		return
	}
	if !c.enabled(CategoryBackgroundWithCtx) {
		return
	}
	src, ok := c.find(cur)
	if !ok || c.nilGuarded(cur, src.Obj) || c.afterDone(cur, src) {
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
	case slices.Contains(deadlines, parentKey) && !c.tickerLoop(cur):
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

// setup reports whether cur lies in a function that sets up or starts a
// component (New*, Init*, Start*, Run, Serve...): the goroutines it
// starts outlive the set-up call and should not join its trace.
func setup(cur inspector.Cursor) bool {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		name := fc.Node().(*ast.FuncDecl).Name.Name
		startX := len(name) > 5 && strings.EqualFold(name[:5], "start") && unicode.IsUpper(rune(name[5]))
		return reqscope.IsSetupName(name) || lifecycle[strings.ToLower(name)] || startX
	}
	return false
}

// lifecycle are the whole names of functions that start or stop a
// component.
var lifecycle = map[string]bool{"run": true, "start": true, "serve": true, "listenandserve": true, "execute": true}

// deadlines derive a context with a deadline of its own from their first
// argument.
var deadlines = []string{apis.ContextPkg + ".WithTimeout", apis.ContextPkg + ".WithTimeoutCause",
	apis.ContextPkg + ".WithDeadline", apis.ContextPkg + ".WithDeadlineCause"}

// deferred reports whether cur lies in the arguments of a defer statement
// or in a function literal it calls, in the same function.
func (c *checker) deferred(cur inspector.Cursor) bool {
	for dc := range cur.Enclosing((*ast.DeferStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch dc.Node().(type) {
		case *ast.DeferStmt:
			return true
		case *ast.FuncLit:
			if k, _ := dc.ParentEdge(); k == edge.CallExpr_Fun {
				continue // defer func() { ... }()
			}
			return false
		default:
			return false
		}
	}
	return false
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
	info := c.pass.TypesInfo
	for uc := range fn.Preorder((*ast.UnaryExpr)(nil)) {
		u := uc.Node().(*ast.UnaryExpr)
		if u.Op != token.ARROW || u.Pos() >= pos {
			continue
		}
		call, ok := ast.Unparen(u.X).(*ast.CallExpr)
		if !ok || len(call.Args) != 0 {
			continue
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Done" {
			continue
		}
		if fnObj, ok := info.Uses[sel.Sel].(*types.Func); !ok || fnObj.Pkg() == nil || fnObj.Pkg().Path() != apis.ContextPkg {
			continue // not context.Context's Done
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

// newRequest checks http.NewRequest(m, u, b): reported unless the request
// is given a context with req.WithContext or req.Clone before it is used.
func (c *checker) newRequest(cur inspector.Cursor, call *ast.CallExpr) {
	if c.contextGivenLater(cur, call) {
		return
	}
	src, ok := c.find(cur)
	if !ok && !c.cfg.Strict {
		return
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: CategoryRequestWithoutCtx}
	if !ok {
		d.Message = "http.NewRequest creates a request without a context, so the trace is not propagated; use http.NewRequestWithContext with the caller's context"
		c.report(d)
		return
	}
	expr, fixable := c.argExpr(cur, src)
	d.Message = "http.NewRequest creates a request without " + src.Expr() + ", so the trace is not propagated; use http.NewRequestWithContext(" + expr + ", ...)"
	d.Related = related(src)
	if fixable {
		d.SuggestedFixes = c.twinFix(call, "NewRequestWithContext", expr, "")
	}
	c.report(d)
}

// httpHelper checks http.Get and friends, and the same *http.Client
// methods, which always send the request with context.Background().
func (c *checker) httpHelper(cur inspector.Cursor, call *ast.CallExpr, key string) {
	c.reportHelper(cur, call.Fun, key)
}

func (c *checker) reportHelper(cur inspector.Cursor, at ast.Node, key string) {
	src, ok := c.find(cur)
	if !ok && !c.cfg.Strict {
		return
	}
	name := calleeName(key)
	d := analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: CategoryRequestWithoutCtx}
	if ok {
		d.Message = name + " sends the request without " + src.Expr() + ", so the trace is not propagated; build it with http.NewRequestWithContext(" + src.Expr() + ", ...) and call Do"
		d.Related = related(src)
	} else {
		d.Message = name + " sends the request without a context, so the trace is not propagated; build it with http.NewRequestWithContext and the caller's context, and call Do"
	}
	c.report(d)
}

// query checks a database/sql method that has a ...Context twin.
func (c *checker) query(cur inspector.Cursor, call *ast.CallExpr, key string) {
	twin := apis.SQLTwins[key]
	twinName := twin[strings.LastIndexByte(twin, '.')+1:]
	name := calleeName(key)
	src, ok := c.find(cur)
	if !ok && !c.cfg.Strict {
		return
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: CategoryQueryWithoutCtx}
	if !ok {
		d.Message = name + " runs without a context, so it is not traced under the caller's span; use " + twinName + " with the caller's context"
		c.report(d)
		return
	}
	expr, fixable := c.argExpr(cur, src)
	extra, rest := "", ", ..."
	switch {
	case twinName == "BeginTx":
		extra, rest = "nil", ", nil"
	case len(call.Args) == 0:
		rest = ""
	}
	d.Message = name + " runs without " + src.Expr() + ", so it is not traced under the caller's span; use " + twinName + "(" + expr + rest + ")"
	d.Related = related(src)
	if fixable {
		d.SuggestedFixes = c.twinFix(call, twinName, expr, extra)
	}
	c.report(d)
}

// methodValue checks a method value or function value of an API without
// a context, such as fetch(client.Get) or q := db.Query.
func (c *checker) methodValue(cur inspector.Cursor, sel *ast.SelectorExpr) {
	p := cur
	for {
		k, _ := p.ParentEdge()
		if k == edge.ParenExpr_X {
			p = p.Parent()
			continue
		}
		if k == edge.CallExpr_Fun {
			return // a call, (http.Get)(u) too: checked as such
		}
		break
	}
	key := c.idx.ObjKey(c.pass.TypesInfo.Uses[sel.Sel])
	switch {
	case key == "":
	case slices.Contains(apis.HTTPNoCtxFuncs, key) || slices.Contains(apis.HTTPClientNoCtx, key):
		if c.enabled(CategoryRequestWithoutCtx) {
			c.reportHelper(cur, sel, key)
		}
	case apis.SQLTwins[key] != "":
		if !c.enabled(CategoryQueryWithoutCtx) {
			return
		}
		if src, ok := c.find(cur); ok || c.cfg.Strict {
			twin := apis.SQLTwins[key]
			msg := calleeName(key) + " used as a value runs without a context, so it is not traced under the caller's span; use " + twin[strings.LastIndexByte(twin, '.')+1:]
			d := analysis.Diagnostic{Pos: sel.Pos(), End: sel.End(), Category: CategoryQueryWithoutCtx, Message: msg}
			if ok {
				d.Message += " with " + src.Expr()
				d.Related = related(src)
			}
			c.report(d)
		}
	}
}

// find returns the caller's context available at cur: a context
// parameter, a local context that carries the caller's trace, or the
// Context() of an *http.Request parameter.
func (c *checker) find(cur inspector.Cursor) (ctxscope.Source, bool) {
	return ctxscope.FindFunc(c.pass.Pkg, cur, func(s ctxscope.Source) bool {
		if s.Request {
			return s.Param
		}
		return s.Param || c.carries(s.Obj, 0)
	})
}

// carries reports whether the context variable obj holds a caller's
// trace: it is a parameter, or some value assigned to it carries one.
// A local that holds only fresh roots, a struct field's context or
// nothing at all does not.
//
//	ctx, cancel := context.WithTimeout(parent, d)  // carries parent's trace
//	ctx := context.Background()                    // does not
//	ctx := opts.Context; if ctx == nil { ... }     // does not (not the caller's)
func (c *checker) carries(obj types.Object, depth int) bool {
	if r, ok := c.memo[obj]; ok {
		return r
	}
	if depth > 8 {
		return false
	}
	c.memo[obj] = false // while deciding (cycles)
	r := c.isParam(obj) || c.assignedCarrier(obj, depth)
	c.memo[obj] = r
	return r
}

// isParam reports whether obj is declared in the parameter list (or as
// the receiver) of a function or function literal.
func (c *checker) isParam(obj types.Object) bool {
	ins := c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ic, ok := ins.Root().FindByPos(obj.Pos(), obj.Pos()+token.Pos(len(obj.Name())))
	if !ok {
		return false
	}
	if _, ok := ic.Node().(*ast.Ident); !ok {
		return false
	}
	k, _ := ic.ParentEdge()
	if k != edge.Field_Names {
		return false
	}
	switch k, _ := ic.Parent().Parent().ParentEdge(); k {
	case edge.FuncType_Params, edge.FuncType_Results, edge.FuncDecl_Recv:
		return true
	}
	return false
}

// assignedCarrier reports whether some value assigned to the local obj
// (at its declaration or later) carries a caller's trace.
func (c *checker) assignedCarrier(obj types.Object, depth int) bool {
	scope := obj.Parent()
	if scope == nil || !scope.Pos().IsValid() {
		return false
	}
	ins := c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	fc, ok := ins.Root().FindByPos(scope.Pos(), scope.End())
	if !ok {
		return false
	}
	info := c.pass.TypesInfo
	// value returns the expression assigned to the i-th of n targets.
	value := func(rhs []ast.Expr, i, n int) ast.Expr {
		switch {
		case len(rhs) == n:
			return rhs[i]
		case len(rhs) == 1 && i == 0:
			return rhs[0] // ctx, cancel := context.WithCancel(parent)
		}
		return nil
	}
	for n := range fc.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		switch n := n.Node().(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && (info.Defs[id] == obj || info.Uses[id] == obj) {
					if v := value(n.Rhs, i, len(n.Lhs)); v != nil && c.carrierExpr(v, depth) {
						return true
					}
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if info.Defs[id] == obj {
					if v := value(n.Values, i, len(n.Names)); v != nil && c.carrierExpr(v, depth) {
						return true
					}
				}
			}
		}
	}
	return false
}

// carrierExpr reports whether e yields a context that carries a trace:
// a variable that does, r.Context() of a request parameter, a span
// started or linked (tracer.Start, trace.ContextWithSpan), a context
// extracted from a carrier, or the result of a call given such a context
// (context.WithTimeout(ctx, d), a wrapper of the program).
func (c *checker) carrierExpr(e ast.Expr, depth int) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() || v.IsField() {
			return false
		}
		if ctxscope.IsContext(v.Type()) {
			return c.carries(v, depth+1)
		}
		return false
	case *ast.CallExpr:
		k := c.idx.Key(e)
		switch {
		case k == apis.ContextBackground || k == apis.ContextTODO:
			return false
		case k == apis.TracerStart || k == apis.PropagatorExtract || slices.Contains(linkers, k):
			return true
		case k == apis.HTTPRequestContext:
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
					obj := c.pass.TypesInfo.Uses[id]
					return obj != nil && c.isParam(obj)
				}
			}
			return false
		}
		if tv, ok := c.pass.TypesInfo.Types[e.Fun]; ok && tv.IsType() {
			return false // a conversion
		}
		for _, a := range e.Args {
			if t := c.pass.TypesInfo.TypeOf(a); t != nil && ctxscope.IsContext(t) && c.carrierExpr(a, depth+1) {
				return true
			}
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
		return c.isVar(b.X, v) && c.isNil(b.Y) || c.isVar(b.Y, v) && c.isNil(b.X)
	}
	return false
}

func (c *checker) isVar(e ast.Expr, v types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && c.pass.TypesInfo.Uses[id] == v
}

func (c *checker) isNil(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[ast.Unparen(e)]
	return ok && tv.IsNil()
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

// contextGivenLater reports whether the request made by the
// http.NewRequest call at cur is given a context with WithContext or
// Clone before it is used anywhere else, or is first handed to a function
// together with a context (api.Do(ctx, req)).
//
//	req, err := http.NewRequest(m, u, nil)
//	req.Header.Set(...)
//	req = req.WithContext(ctx)
func (c *checker) contextGivenLater(cur inspector.Cursor, call *ast.CallExpr) bool {
	k, _ := cur.ParentEdge()
	if k != edge.AssignStmt_Rhs && k != edge.ValueSpec_Values {
		return false
	}
	var id *ast.Ident
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		if len(p.Rhs) == 1 && len(p.Lhs) > 0 {
			id, _ = ast.Unparen(p.Lhs[0]).(*ast.Ident)
		}
	case *ast.ValueSpec:
		if len(p.Values) == 1 && len(p.Names) > 0 {
			id = p.Names[0]
		}
	}
	if id == nil {
		return false
	}
	info := c.pass.TypesInfo
	obj := info.ObjectOf(id)
	if obj == nil {
		return false
	}
	fn, ok := enclosingFunc(cur)
	if !ok {
		return false
	}
	// The first use of the request after the call decides: a receiver of
	// WithContext/Clone gives it a context; passing it on or returning it
	// uses it without one. Field accesses (req.Header) are neutral.
	for uc := range fn.Preorder((*ast.Ident)(nil)) {
		u := uc.Node().(*ast.Ident)
		if u.Pos() <= call.End() || info.Uses[u] != obj {
			continue
		}
		if k, _ := uc.ParentEdge(); k == edge.SelectorExpr_X {
			sel := uc.Parent().Node().(*ast.SelectorExpr)
			if k2, _ := uc.Parent().ParentEdge(); k2 == edge.CallExpr_Fun {
				mk := c.idx.Key(uc.Parent().Parent().Node().(*ast.CallExpr))
				if mk == apis.HTTPRequestWithCtx || mk == apis.HTTPRequestClone {
					return true
				}
				if mk == apis.HTTPRequestContext {
					continue
				}
				if _, isFunc := info.Uses[sel.Sel].(*types.Func); isFunc {
					return false // another method of the request
				}
			}
			continue // req.Header, req.URL...
		}
		switch k, _ := uc.ParentEdge(); k {
		case edge.AssignStmt_Lhs:
			continue // req = ... again
		case edge.CallExpr_Args:
			// Handed to a function together with a context, as in
			// client.Do(ctx, req): the callee gives it the context.
			for _, a := range uc.Parent().Node().(*ast.CallExpr).Args {
				if ctxscope.IsContext(info.TypeOf(a)) {
					return true
				}
			}
		}
		return false
	}
	return false
}

func enclosingFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	for fc := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		return fc, true
	}
	return inspector.Cursor{}, false
}

// outlives reports whether code at cur runs after its function returns:
// in a go statement (its function literal or its arguments), in a
// function literal given to time.AfterFunc, or in a function literal that
// is returned.
//
// Only a source declared outside that code counts: a goroutine's own
// context parameter is the one it was given on purpose.
func outlives(idx *apis.Index, cur inspector.Cursor, src ctxscope.Source) bool {
	outside := func(n ast.Node) bool {
		p := src.Obj.Pos()
		return p < n.Pos() || p >= n.End()
	}
	for c := range cur.Enclosing((*ast.GoStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := c.Node().(type) {
		case *ast.GoStmt:
			return outside(n)
		case *ast.FuncDecl:
			return false
		case *ast.FuncLit:
			switch k, _ := c.ParentEdge(); k {
			case edge.CallExpr_Fun:
				continue // called in place: look further out
			case edge.CallExpr_Args:
				return idx.Key(c.Parent().Node().(*ast.CallExpr)) == apis.TimeAfterFunc && outside(n)
			case edge.ReturnStmt_Results:
				return outside(n)
			default:
				return false
			}
		}
	}
	return false
}

// tickerLoop reports whether cur lies in the body of a loop driven by a
// ticker, in the same function: for range ticker.C, for range
// time.Tick(d), or a select case receiving from ticker.C.
func (c *checker) tickerLoop(cur inspector.Cursor) bool {
	for lc := range cur.Enclosing((*ast.RangeStmt)(nil), (*ast.CommClause)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := lc.Node().(type) {
		case *ast.RangeStmt:
			if c.isTickerChan(n.X) {
				return true
			}
		case *ast.CommClause:
			var recv ast.Expr
			switch s := n.Comm.(type) {
			case *ast.ExprStmt:
				recv = s.X
			case *ast.AssignStmt:
				if len(s.Rhs) == 1 {
					recv = s.Rhs[0]
				}
			}
			if u, ok := ast.Unparen(recv).(*ast.UnaryExpr); ok && u.Op == token.ARROW && c.isTickerChan(u.X) {
				return true
			}
		default:
			return false
		}
	}
	return false
}

// isTickerChan reports whether e is the C field of a time.Ticker or a
// call of time.Tick.
func (c *checker) isTickerChan(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return c.idx.Key(e) == apis.TimeTick
	case *ast.SelectorExpr:
		sel, ok := c.pass.TypesInfo.Selections[e]
		if !ok || sel.Kind() != types.FieldVal || sel.Obj().Name() != "C" {
			return false
		}
		recv := sel.Recv()
		if p, ok := recv.(*types.Pointer); ok {
			recv = p.Elem()
		}
		n, ok := types.Unalias(recv).(*types.Named)
		return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Ticker"
	}
	return false
}

// withoutCancel returns "context.WithoutCancel(expr)" written with the
// file's name for the context package, and whether the file may use it:
// the file imports context under a name visible at cur, and its Go
// version is go1.21 or later.
func (c *checker) withoutCancel(cur inspector.Cursor, expr string) (string, bool) {
	v := c.pass.TypesInfo.FileVersions[c.file]
	if v == "" {
		v = c.pass.Pkg.GoVersion()
	}
	if v != "" && version.Compare(v, "go1.21") < 0 {
		return "", false
	}
	for _, imp := range c.file.Imports {
		if imp.Path == nil || imp.Path.Value != `"context"` {
			continue
		}
		name := "context"
		if imp.Name != nil {
			name = imp.Name.Name
		}
		switch name {
		case "_":
			continue
		case ".":
			return "WithoutCancel(" + expr + ")", c.visible("WithoutCancel", cur, true)
		}
		if c.visible(name, cur, false) {
			return name + ".WithoutCancel(" + expr + ")", true
		}
	}
	return "", false
}

// visible reports whether name at cur resolves to the context package
// (or, for a dot import, to its function).
func (c *checker) visible(name string, cur inspector.Cursor, fn bool) bool {
	pos := cur.Node().Pos()
	s := c.pass.Pkg.Scope().Innermost(pos)
	if s == nil {
		return false
	}
	_, obj := s.LookupParent(name, pos)
	if fn {
		f, ok := obj.(*types.Func)
		return ok && f.Pkg() != nil && f.Pkg().Path() == apis.ContextPkg
	}
	pn, ok := obj.(*types.PkgName)
	return ok && pn.Imported().Path() == apis.ContextPkg && pn.Imported().Scope().Lookup("WithoutCancel") != nil
}

// argExpr returns the context expression to pass at cur: the source, or
// context.WithoutCancel of it where the code outlives the caller. It
// reports false when no such expression can be written.
func (c *checker) argExpr(cur inspector.Cursor, src ctxscope.Source) (string, bool) {
	if outlives(c.idx, cur, src) {
		return c.withoutCancel(cur, src.Expr())
	}
	return src.Expr(), true
}

// replaceFix replaces the node with text.
func (c *checker) replaceFix(n ast.Node, text, msg string) []analysis.SuggestedFix {
	edits := []analysis.TextEdit{{Pos: n.Pos(), End: n.End(), NewText: []byte(text)}}
	if call, ok := n.(*ast.CallExpr); ok && !strings.Contains(text, "WithoutCancel") {
		edits = append(edits, c.dropImportIfLast(call)...)
	}
	return []analysis.SuggestedFix{{Message: msg, TextEdits: edits}}
}

// dropImportIfLast returns the edit that deletes the import of the
// package qualifying call (context in context.Background()) when call is
// its only use in the file, so that the fixed file still compiles.
func (c *checker) dropImportIfLast(call *ast.CallExpr) []analysis.TextEdit {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	pn, ok := c.pass.TypesInfo.Uses[id].(*types.PkgName)
	if !ok {
		return nil
	}
	uses := 0
	ast.Inspect(c.file, func(n ast.Node) bool {
		if x, ok := n.(*ast.Ident); ok && c.pass.TypesInfo.Uses[x] == pn {
			uses++
		}
		return uses < 2
	})
	if uses != 1 {
		return nil
	}
	for _, decl := range c.file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		for _, spec := range gd.Specs {
			is := spec.(*ast.ImportSpec)
			if c.pass.TypesInfo.Defs[is.Name] != pn && c.pass.TypesInfo.Implicits[is] != pn {
				continue
			}
			if len(gd.Specs) == 1 && !gd.Lparen.IsValid() {
				return []analysis.TextEdit{{Pos: gd.Pos(), End: gd.End()}} // import "context"
			}
			return []analysis.TextEdit{{Pos: is.Pos(), End: is.End()}}
		}
	}
	return nil
}

// twinFix renames the called function or method to twin and inserts the
// context as its first argument (and extra after it):
//
//	db.Query(q, args...)     -> db.QueryContext(ctx, q, args...)
//	db.Begin()               -> db.BeginTx(ctx, nil)
//	http.NewRequest(m, u, b) -> http.NewRequestWithContext(ctx, m, u, b)
func (c *checker) twinFix(call *ast.CallExpr, twin, ctxExpr, extra string) []analysis.SuggestedFix {
	var name *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		name = f.Sel
	case *ast.Ident:
		name = f
	default:
		return nil
	}
	if len(call.Args) == 1 && call.Ellipsis == token.NoPos {
		if _, tuple := c.pass.TypesInfo.TypeOf(call.Args[0]).(*types.Tuple); tuple {
			return nil // f(g()) with a multi-value g: no room for a context
		}
	}
	args := ctxExpr
	if extra != "" {
		args += ", " + extra
	}
	ins := analysis.TextEdit{Pos: call.Lparen + 1, End: call.Lparen + 1, NewText: []byte(args)}
	if len(call.Args) > 0 {
		ins = analysis.TextEdit{Pos: call.Args[0].Pos(), End: call.Args[0].Pos(), NewText: []byte(args + ", ")}
	}
	return []analysis.SuggestedFix{{
		Message:   "Use " + twin,
		TextEdits: []analysis.TextEdit{{Pos: name.Pos(), End: name.End(), NewText: []byte(twin)}, ins},
	}}
}

// related points at the declaration of the context in scope.
func related(src ctxscope.Source) []analysis.RelatedInformation {
	if src.Obj == nil || !src.Obj.Pos().IsValid() {
		return nil
	}
	what := "the context"
	if src.Request {
		what = "the request"
	}
	return []analysis.RelatedInformation{{Pos: src.Obj.Pos(), End: src.Obj.Pos() + token.Pos(len(src.Obj.Name())), Message: what + " in scope"}}
}

// calleeName turns an API key into the name used in messages:
// "net/http.Get" -> "http.Get", "(database/sql.DB).Query" -> "(*sql.DB).Query".
func calleeName(key string) string {
	if strings.HasPrefix(key, "(") {
		typ, meth, _ := strings.Cut(key[1:], ").")
		return "(*" + typ[strings.LastIndexByte(typ, '/')+1:] + ")." + meth
	}
	return key[strings.LastIndexByte(key, '/')+1:]
}

func orExpr(ok bool, a, b string) string {
	if ok {
		return a
	}
	return b
}
