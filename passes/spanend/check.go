package spanend

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
)

// creation is a call that starts a span the caller must end.
type creation struct {
	call      *ast.CallExpr
	spanIdx   int        // result index of the span
	nresults  int        // number of results of the call
	stmt      ast.Node   // the AssignStmt, ValueSpec or ExprStmt holding the call
	lhs       []ast.Expr // what the results are assigned to
	parentRet *ast.ReturnStmt
	discarded bool // the call's results are dropped, or a method other than End is called on its span
}

// spanVar returns the local variable the span is assigned to, or nil.
func (cr *creation) spanVar(c *checker) *types.Var {
	if cr.spanIdx >= len(cr.lhs) {
		return nil
	}
	return identVar(c.pass.TypesInfo, cr.lhs[cr.spanIdx])
}

// ctxTarget returns the expression the context result is assigned to, if
// the starter returns a context.
func (cr *creation) ctxTarget(c *checker) ast.Expr {
	if cr.nresults < 2 || len(cr.lhs) != cr.nresults {
		return nil
	}
	tup, ok := c.pass.TypesInfo.TypeOf(cr.call).(*types.Tuple)
	if !ok {
		return nil
	}
	for i := range tup.Len() {
		if i != cr.spanIdx && ctxscope.IsContext(tup.At(i).Type()) {
			return cr.lhs[i]
		}
	}
	return nil
}

// identVar returns the variable named by e, or nil (also for "_").
func identVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	if v, ok := info.Defs[id].(*types.Var); ok {
		return v
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}

func isBlank(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "_"
}

// start is a call that starts a span: its cursor, and the index of the
// span among its results.
type start struct {
	cur inspector.Cursor
	k   int
}

// creations returns the span-starting calls of the function fc itself
// (not of the function literals inside it).
func (c *checker) creations(fc inspector.Cursor) []*creation {
	var starts []start
	for cur := range fc.Preorder((*ast.CallExpr)(nil)) {
		if k := c.starterResult(cur.Node().(*ast.CallExpr)); k >= 0 && innermostFunc(cur) == fc {
			starts = append(starts, start{cur, k})
		}
	}
	return c.creationsAt(starts)
}

// startsByFunc finds every span-starting call of the package in one walk
// and groups them by their innermost function, in source order.
func (c *checker) startsByFunc() (funcs []inspector.Cursor, starts map[inspector.Cursor][]start) {
	starts = map[inspector.Cursor][]start{}
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		k := c.starterResult(cur.Node().(*ast.CallExpr))
		if k < 0 {
			continue
		}
		fc := innermostFunc(cur)
		if !fc.Valid() {
			continue // a package-level initialiser
		}
		if _, ok := starts[fc]; !ok {
			funcs = append(funcs, fc)
		}
		starts[fc] = append(starts[fc], start{cur, k})
	}
	slices.SortFunc(funcs, func(a, b inspector.Cursor) int { return cmp.Compare(a.Index(), b.Index()) })
	return funcs, starts
}

// creationsAt returns the creations of the given span-starting calls.
func (c *checker) creationsAt(starts []start) []*creation {
	var out []*creation
	for _, st := range starts {
		cur, k := st.cur, st.k
		call := cur.Node().(*ast.CallExpr)
		n := 1
		if tup, ok := c.pass.TypesInfo.TypeOf(call).(*types.Tuple); ok {
			n = tup.Len()
		}
		if k >= n {
			continue
		}
		cr := &creation{call: call, spanIdx: k, nresults: n}
		p := cur.Parent()
		for {
			if _, ok := p.Node().(*ast.ParenExpr); !ok {
				break
			}
			p = p.Parent()
		}
		switch pn := p.Node().(type) {
		case *ast.ExprStmt:
			cr.stmt, cr.discarded = pn, true
		case *ast.AssignStmt:
			if len(pn.Rhs) != 1 || len(pn.Lhs) != n {
				continue
			}
			cr.stmt, cr.lhs = pn, pn.Lhs
		case *ast.ValueSpec:
			if len(pn.Values) != 1 || len(pn.Names) != n {
				continue
			}
			cr.stmt = pn
			for _, id := range pn.Names {
				cr.lhs = append(cr.lhs, id)
			}
		case *ast.ReturnStmt:
			cr.parentRet = pn
		case *ast.SelectorExpr:
			// startSpan(ctx).End() ends it; startSpan(ctx).SetAttributes(...) loses it.
			if n != 1 {
				continue
			}
			if sel, ok := c.pass.TypesInfo.Selections[pn]; ok {
				if fn, ok := sel.Obj().(*types.Func); ok && c.idx.FuncKey(fn) == apis.SpanEnd {
					continue
				}
			}
			cr.stmt, cr.discarded = pn, true
		default:
			continue // passed straight to a function: handed on
		}
		out = append(out, cr)
	}
	return out
}

// checkFunc checks the spans started by the function fc.
func (c *checker) checkFunc(fc inspector.Cursor, crs []*creation) {
	if len(crs) == 0 {
		return
	}
	body, sig := c.funcParts(fc.Node())
	if body == nil {
		return
	}
	for _, cr := range crs {
		if cr.parentRet != nil {
			continue // returned to the caller
		}
		if cr.discarded || (cr.spanIdx < len(cr.lhs) && isBlank(cr.lhs[cr.spanIdx])) {
			c.checkDiscarded(fc, body, sig, cr)
			continue
		}
		v := cr.spanVar(c)
		if v == nil || !local(v, body) {
			continue // stored in a field, map, global or captured variable
		}
		var ctxVar *types.Var
		if e := cr.ctxTarget(c); e != nil {
			ctxVar = identVar(c.pass.TypesInfo, e)
			if ctxVar != nil && !local(ctxVar, body) && !isParam(ctxVar, sig) {
				continue // the context (and so the span) is stored outside the function
			}
			if ctxVar == nil && !isBlank(e) {
				continue
			}
		}
		t := c.track(fc, body, v, ctxVar)
		f := c.newFlow(fc, t, cr)
		if f == nil {
			continue
		}
		if t.ctxEscapes {
			c.ctxStarter = true
		}
		if c.checks.On(CategoryMissingEnd) {
			c.checkMissingEnd(f, body)
		}
		if sig != nil && hasErrorResult(sig) {
			if c.checks.On(CategoryMissingSetStatus) {
				c.checkErrorReturns(f, sig, body, evStatus, CategoryMissingSetStatus,
					fmt.Sprintf("%s returns an error without setting an error status on span %s; call %s.SetStatus(codes.Error, err.Error()) before returning",
						funcDesc(fc.Node()), v.Name(), v.Name()),
					"this return may return an error while the span has no error status")
			}
			if c.checks.On(CategoryMissingRecordError) {
				c.checkErrorReturns(f, sig, body, evRecord, CategoryMissingRecordError,
					fmt.Sprintf("%s returns an error without recording it on span %s; call %s.RecordError(err) before returning",
						funcDesc(fc.Node()), v.Name(), v.Name()),
					"this return may return an error the span has not recorded")
			}
		}
		if c.checks.On(CategoryDiscardedContext) {
			c.checkDiscardedContext(f, cr)
		}
	}
}

// isParam reports whether v is a parameter or result of sig.
func isParam(v *types.Var, sig *types.Signature) bool {
	if sig == nil {
		return false
	}
	for p := range sig.Params().Variables() {
		if p == v {
			return true
		}
	}
	for p := range sig.Results().Variables() {
		if p == v {
			return true
		}
	}
	return false
}

// funcDesc names the function for messages.
func funcDesc(n ast.Node) string {
	if d, ok := n.(*ast.FuncDecl); ok {
		return d.Name.Name
	}
	return "the function literal"
}

// startDesc renders the starting call for messages: "tracer.Start".
func startDesc(call *ast.CallExpr) string {
	s := types.ExprString(call.Fun)
	if len(s) > 40 {
		if i := strings.LastIndexByte(s, '.'); i >= 0 {
			s = s[i+1:]
		}
	}
	return s
}

// checkDiscarded reports a span that is never assigned, unless the
// context that carries it is handed on or used to reach it.
func (c *checker) checkDiscarded(fc inspector.Cursor, body *ast.BlockStmt, sig *types.Signature, cr *creation) {
	if e := cr.ctxTarget(c); e != nil && !isBlank(e) {
		v := identVar(c.pass.TypesInfo, e)
		if v == nil || (!local(v, body) && !isParam(v, sig)) {
			c.ctxStarter = true
			return // stored outside the function, or in a result or parameter
		}
		t := c.track(fc, body, nil, v)
		for _, cur := range c.usesOf(fc)[v] {
			if _, ok := spanFromContextCall(c, cur); ok && cur.Node().Pos() > cr.call.Pos() {
				return // reached again with trace.SpanFromContext(ctx)
			}
		}
		if t.union(cr.stmt)&evTransfer != 0 {
			c.ctxStarter = true
			return // the context, and the span with it, goes to the caller
		}
	}
	if !c.checks.On(CategoryDiscardedSpan) {
		return
	}
	c.report(analysis.Diagnostic{
		Pos:      cr.call.Pos(),
		End:      cr.call.End(),
		Category: CategoryDiscardedSpan,
		Message:  fmt.Sprintf("span returned by %s is discarded, so it can never be ended; assign it and add \"defer span.End()\"", startDesc(cr.call)),
	})
}

// flow walks the control-flow graph of one function for one span.
type flow struct {
	c     *checker
	fc    inspector.Cursor
	t     *tracked
	cr    *creation
	g     *cfg.CFG
	def   *cfg.Block
	defAt int
	memo  map[ast.Node]events
}

// newFlow finds the block that starts the span, or returns nil.
func (c *checker) newFlow(fc inspector.Cursor, t *tracked, cr *creation) *flow {
	g := c.graphs.of(fc.Node())
	if g == nil {
		return nil
	}
	f := &flow{c: c, fc: fc, t: t, cr: cr, g: g, memo: map[ast.Node]events{}}
	for _, b := range g.Blocks {
		for i, n := range b.Nodes {
			if n == cr.stmt {
				if !b.Live {
					return nil
				}
				f.def, f.defAt = b, i
				return f
			}
		}
	}
	return nil
}

// inert reports whether the span is known to be nil or not recording on
// a path, so that it needs no End and no status there.
func (f *flow) inert(st nilVars) bool {
	for _, v := range st {
		if f.t.spans[v] {
			return true
		}
	}
	return false
}

// nodes returns the nodes of b, with the communication of a select case
// first (the graph leaves it out).
func nodes(b *cfg.Block) []ast.Node {
	if b.Kind == cfg.KindSelectCaseBody {
		if cc, ok := b.Stmt.(*ast.CommClause); ok && cc.Comm != nil {
			if _, ok := cc.Comm.(*ast.AssignStmt); !ok {
				return append([]ast.Node{cc.Comm}, b.Nodes...)
			}
		}
	}
	return b.Nodes
}

// at returns what node n does to the span.
func (f *flow) at(n ast.Node) events {
	if ev, ok := f.memo[n]; ok {
		return ev
	}
	var ev events
	if n == f.cr.stmt {
		ev = evRedef // back at the start: a loop overwrites the variable
	} else {
		for _, r := range f.t.refs {
			if r.pos >= n.Pos() && r.end <= n.End() {
				ev |= r.ev
			}
		}
		if _, ok := n.(*ast.DeferStmt); ok && ev&evEnd != 0 {
			ev = ev&^evEnd | evEndDeferred
		}
		if f.c.noReturn(n) {
			ev |= evNoReturn
		}
	}
	f.memo[n] = ev
	return ev
}

// walk visits the nodes reachable from the start of the span in order,
// calling visit for each; visit returns false to cut the path there. At
// the end of a block that returns, ret is called.
func (f *flow) walk(visit func(b *cfg.Block, i int, n ast.Node) bool, ret func(*ast.ReturnStmt)) {
	seen := map[*cfg.Block]bool{}
	var block func(b *cfg.Block, from int)
	block = func(b *cfg.Block, from int) {
		ns := nodes(b)
		for i := from; i < len(ns); i++ {
			if !visit(b, i, ns[i]) {
				return
			}
		}
		if r := b.Return(); r != nil {
			ret(r)
			return
		}
		for _, s := range b.Succs {
			if !seen[s] {
				seen[s] = true
				block(s, 0)
			}
		}
	}
	ns := nodes(f.def)
	from := f.defAt + 1
	if len(ns) != len(f.def.Nodes) {
		from++
	}
	block(f.def, from)
}

// checkMissingEnd reports a span that some path leaves the function
// without ending or handing on.
func (c *checker) checkMissingEnd(f *flow, body *ast.BlockStmt) {
	var leaks []*ast.ReturnStmt
	f.walkNil(func(_ *cfg.Block, _ int, n ast.Node, st nilVars) bool {
		return !f.inert(st) && f.at(n)&(evConsumed|evNoReturn|evRedef) == 0
	}, func(r *ast.ReturnStmt, st nilVars) {
		if !f.inert(st) && !slices.Contains(leaks, r) {
			leaks = append(leaks, r)
		}
	})
	if len(leaks) == 0 {
		return
	}
	v := f.t.primary
	anywhere := f.t.union(f.cr.stmt)
	d := analysis.Diagnostic{
		Pos:      f.cr.call.Pos(),
		End:      f.cr.call.End(),
		Category: CategoryMissingEnd,
	}
	if anywhere&evConsumed == 0 {
		d.Message = fmt.Sprintf("span %s from %s is never ended, so it is never exported; add \"defer %s.End()\" after the call", v.Name(), startDesc(f.cr.call), v.Name())
		if fix, ok := c.deferFix(f, body); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	} else {
		d.Message = fmt.Sprintf("span %s from %s is not ended on every path; end it before the returns listed or use \"defer %s.End()\"", v.Name(), startDesc(f.cr.call), v.Name())
	}
	for _, r := range leaks {
		d.Related = append(d.Related, c.returnInfo(r, body, "the span is still open when the function returns here"))
	}
	c.report(d)
}

// returnInfo places a related note on a return statement, or on the
// closing brace for the implicit return at the end of the function.
func (c *checker) returnInfo(r *ast.ReturnStmt, body *ast.BlockStmt, msg string) analysis.RelatedInformation {
	pos, end := r.Pos(), r.End()
	if r.Return == body.Rbrace || c.pass.Fset.File(pos) != c.pass.Fset.File(end) || end > body.End() {
		pos, end = body.Rbrace, body.Rbrace+1
		msg += " (end of function)"
	}
	return analysis.RelatedInformation{Pos: pos, End: end, Message: msg}
}

// hasErrorResult reports whether the last result of sig is an error.
func hasErrorResult(sig *types.Signature) bool {
	n := sig.Results().Len()
	return n > 0 && types.Identical(sig.Results().At(n-1).Type(), types.Universe.Lookup("error").Type())
}

// checkErrorReturns reports paths that return a possibly non-nil error
// while the span is open and nothing did need (set an error status or
// record the error) on the way.
func (c *checker) checkErrorReturns(f *flow, sig *types.Signature, body *ast.BlockStmt, need events, category, msg, note string) {
	scope := f.t.primary.Parent()
	var bad []*ast.ReturnStmt
	hit := func(r *ast.ReturnStmt, known nilVars) {
		if f.inert(known) || slices.Contains(bad, r) {
			return
		}
		if c.mayReturnError(f.fc, r, sig, known) && (scope == nil || scope.Contains(r.Pos()) || r.Return == body.Rbrace) {
			bad = append(bad, r)
		}
	}
	f.walkNil(func(b *cfg.Block, i int, n ast.Node, st nilVars) bool {
		if f.inert(st) {
			return false
		}
		ev := f.at(n)
		if ev&(need|evTransfer|evNoReturn|evRedef) != 0 {
			return false
		}
		if ev&evEnd != 0 {
			// Ended here: only an error computed before, returned
			// right after in the same block, belongs to the span.
			//	span.End()
			//	return err
			ns := nodes(b)
			for _, m := range ns[i+1:] {
				if r, ok := m.(*ast.ReturnStmt); ok {
					if k := len(r.Results); k > 0 {
						if id, ok := ast.Unparen(r.Results[k-1]).(*ast.Ident); ok && !isNil(c.pass.TypesInfo, id) {
							hit(r, nil)
						}
					}
					break
				}
				if f.at(m)&need != 0 {
					break
				}
				switch m.(type) {
				case *ast.AssignStmt, *ast.ValueSpec:
					return false
				}
			}
			return false
		}
		return true
	}, hit)
	if len(bad) == 0 {
		return
	}
	d := analysis.Diagnostic{Pos: f.cr.call.Pos(), End: f.cr.call.End(), Category: category, Message: msg}
	for _, r := range bad {
		d.Related = append(d.Related, c.returnInfo(r, body, note))
	}
	c.report(d)
}

func isNil(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := info.Uses[id].(*types.Nil)
	return isNil
}

// mayReturnError reports whether r may return a non-nil error as the last
// result: anything but a literal nil, or a naked return of an error
// result that the function assigns somewhere.
func (c *checker) mayReturnError(fc inspector.Cursor, r *ast.ReturnStmt, sig *types.Signature, known nilVars) bool {
	n := sig.Results().Len()
	if n == 0 {
		return false
	}
	switch len(r.Results) {
	case 0:
		errVar := sig.Results().At(n - 1)
		if errVar.Name() == "" || errVar.Name() == "_" || slices.Contains(known, errVar) {
			return false
		}
		for _, cur := range c.usesOf(fc)[errVar] {
			if ev, _ := c.classify(cur, nil); ev&evRedef != 0 {
				return true
			}
			if k, _ := cur.ParentEdge(); k == edge.UnaryExpr_X {
				return true // &err handed to a helper
			}
		}
		return false
	case n:
		last := r.Results[n-1]
		if v := identVar(c.pass.TypesInfo, last); v != nil && slices.Contains(known, v) {
			return false // the error was checked and is nil on this path
		}
		return !isNil(c.pass.TypesInfo, last)
	case 1:
		return true // return f()
	}
	return false
}

// noReturn reports whether n is a call statement that never returns.
func (c *checker) noReturn(n ast.Node) bool {
	es, ok := n.(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return false
	}
	return c.graphs.noReturn(fn)
}

// noReturnFuncs are the functions that never return, for when the facts of
// their packages are not at hand.
var noReturnFuncs = func() map[string]bool {
	m := map[string]bool{"os.Exit": true, "runtime.Goexit": true, "syscall.Exit": true}
	for _, f := range []string{"Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"} {
		m["log."+f] = true
		m["(log.Logger)."+f] = true
		m["github.com/sirupsen/logrus."+f] = true
		m["(github.com/sirupsen/logrus.Logger)."+f] = true
		m["(github.com/sirupsen/logrus.Entry)."+f] = true
		m["k8s.io/klog/v2."+f] = true
	}
	for _, f := range []string{"Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow"} {
		m["(testing.common)."+f] = true
		m["(testing.TB)."+f] = true
	}
	for _, f := range []string{"Fatal", "Panic", "DPanic"} {
		m["(go.uber.org/zap.Logger)."+f] = f != "DPanic"
	}
	for _, f := range []string{"Fatal", "Fatalf", "Fatalw", "Fatalln", "Panic", "Panicf", "Panicw", "Panicln"} {
		m["(go.uber.org/zap.SugaredLogger)."+f] = true
	}
	return m
}()

// checkDiscardedContext reports a span whose context was dropped while the
// old context is still passed on below the Start call.
//
//	_, span := tracer.Start(ctx, "op")
//	defer span.End()
//	work(ctx) // not a child of "op"
func (c *checker) checkDiscardedContext(f *flow, cr *creation) {
	e := cr.ctxTarget(c)
	if e == nil || !isBlank(e) || len(cr.call.Args) == 0 {
		return
	}
	old := identVar(c.pass.TypesInfo, cr.call.Args[0])
	if old == nil || !ctxscope.IsContext(old.Type()) {
		return
	}
	var uses []ast.Node
	seen := map[*ast.CallExpr]bool{}
	f.walk(func(_ *cfg.Block, _ int, n ast.Node) bool {
		ev := f.at(n)
		if ev&(evEnd|evTransfer|evNoReturn|evRedef) != 0 {
			return false
		}
		reassigned := false
		ast.Inspect(n, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.AssignStmt:
				for _, l := range x.Lhs {
					if identVar(c.pass.TypesInfo, l) == old {
						reassigned = true
					}
				}
			case *ast.CallExpr:
				if x != cr.call && !seen[x] && c.passesCtx(x, old) {
					seen[x] = true
					uses = append(uses, x)
				}
			}
			return true
		})
		return !reassigned
	}, func(*ast.ReturnStmt) {})
	if len(uses) == 0 {
		return
	}
	d := analysis.Diagnostic{
		Pos:      cr.call.Pos(),
		End:      cr.call.End(),
		Category: CategoryDiscardedContext,
		Message: fmt.Sprintf("context returned by %s is discarded but %s is still passed on, so the work below is not part of this span; assign it: %s, %s := %s(%s, ...)",
			startDesc(cr.call), old.Name(), old.Name(), f.t.primary.Name(), startDesc(cr.call), old.Name()),
	}
	for i, u := range uses {
		if i == 3 {
			break
		}
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: u.Pos(), End: u.End(), Message: "the context from before the span is passed here"})
	}
	c.report(d)
}

// passesCtx reports whether call passes the variable ctx directly as a
// context.Context argument, other than to the functions that read or
// replace the span of a context.
func (c *checker) passesCtx(call *ast.CallExpr, ctx *types.Var) bool {
	if c.idx.Is(call, apis.SpanFromContext, apis.ContextWithSpan, apis.SpanContextFromCtx) {
		return false
	}
	ft := c.pass.TypesInfo.TypeOf(call.Fun)
	if ft == nil {
		return false
	}
	sig, _ := ft.Underlying().(*types.Signature)
	if sig == nil {
		return false
	}
	for i, a := range call.Args {
		if identVar(c.pass.TypesInfo, a) != ctx {
			continue
		}
		if i < sig.Params().Len() && ctxscope.IsContext(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}

// deferFix offers "defer span.End()" on the line after the Start call when
// the span is never ended or handed on, the call is a statement of its own
// and not in a loop.
func (c *checker) deferFix(f *flow, body *ast.BlockStmt) (analysis.SuggestedFix, bool) {
	as, ok := f.cr.stmt.(*ast.AssignStmt)
	if !ok || f.t.union(f.cr.stmt)&evConsumed != 0 {
		return analysis.SuggestedFix{}, false
	}
	cur, ok := f.fc.FindNode(as)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	switch cur.Parent().Node().(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
	default:
		return analysis.SuggestedFix{}, false
	}
	for e := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch e.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return analysis.SuggestedFix{}, false
		}
		break
	}
	at, indent, ok := c.lineEnd(as)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	name := f.t.primary.Name()
	return analysis.SuggestedFix{
		Message: fmt.Sprintf("End the span with \"defer %s.End()\"", name),
		TextEdits: []analysis.TextEdit{{
			Pos:     at,
			End:     at,
			NewText: []byte("\n" + indent + "defer " + name + ".End()"),
		}},
	}, true
}

// lineEnd returns the end of the line where stmt ends (after any trailing
// comment) and the white space that indents stmt, provided nothing but a
// line comment follows stmt on that line.
func (c *checker) lineEnd(stmt ast.Node) (token.Pos, string, bool) {
	tf := c.pass.Fset.File(stmt.Pos())
	if tf == nil || c.pass.ReadFile == nil {
		return 0, "", false
	}
	src, err := c.pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return 0, "", false
	}
	start := tf.Offset(tf.LineStart(tf.Line(stmt.Pos())))
	off := tf.Offset(stmt.Pos())
	indent := string(src[start:off])
	if strings.TrimLeft(indent, " \t") != "" {
		return 0, "", false
	}
	end := tf.Offset(stmt.End())
	nl := strings.IndexByte(string(src[end:]), '\n')
	if nl < 0 {
		return 0, "", false
	}
	rest := strings.TrimSpace(string(src[end : end+nl]))
	if rest != "" && !strings.HasPrefix(rest, "//") {
		return 0, "", false
	}
	return tf.Pos(end + nl), indent, true
}

// checkForeignEnd reports End calls on spans this function took from its
// caller's context with trace.SpanFromContext.
//
//	span := trace.SpanFromContext(ctx)
//	defer span.End() // ends the caller's span
func (c *checker) checkForeignEnd() {
	info := c.pass.TypesInfo
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if !c.idx.Is(call, apis.SpanEnd) {
			continue
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		fc := innermostFunc(cur)
		if !fc.Valid() {
			continue
		}
		// The function that owns the span variable (or the call).
		var from *ast.CallExpr
		switch x := ast.Unparen(sel.X).(type) {
		case *ast.CallExpr:
			if c.idx.Is(x, apis.SpanFromContext) {
				from = x
			}
		case *ast.Ident:
			v, _ := info.Uses[x].(*types.Var)
			if v == nil {
				continue
			}
			owner := c.ownerOf(cur, v)
			if !owner.Valid() {
				continue
			}
			fc = owner
			from = c.onlyFromContext(owner, v)
		}
		if from == nil || len(from.Args) != 1 || !c.callersContext(fc, from.Args[0]) {
			continue
		}
		c.report(analysis.Diagnostic{
			Pos:      call.Pos(),
			End:      call.End(),
			Category: CategoryForeignEnd,
			Message:  "this ends the caller's span, taken from the context with trace.SpanFromContext, cutting it short; end only spans this function started (start a child span with tracer.Start)",
			Related:  []analysis.RelatedInformation{{Pos: from.Pos(), End: from.End(), Message: "the span comes from the caller's context here"}},
		})
	}
}

// ownerOf returns the function (enclosing cur) whose body declares v.
func (c *checker) ownerOf(cur inspector.Cursor, v *types.Var) inspector.Cursor {
	for e := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body, _ := c.funcParts(e.Node())
		if local(v, body) {
			return e
		}
	}
	return inspector.Cursor{}
}

// onlyFromContext returns the trace.SpanFromContext call when every
// assignment to v in fc is one, else nil.
func (c *checker) onlyFromContext(fc inspector.Cursor, v *types.Var) *ast.CallExpr {
	var from *ast.CallExpr
	for _, cur := range c.usesOf(fc)[v] {
		k, i := cur.ParentEdge()
		var rhs ast.Expr
		switch p := cur.Parent().Node().(type) {
		case *ast.AssignStmt:
			if k != edge.AssignStmt_Lhs {
				continue
			}
			if len(p.Lhs) != len(p.Rhs) {
				return nil
			}
			rhs = p.Rhs[i]
		case *ast.ValueSpec:
			if k != edge.ValueSpec_Names {
				continue
			}
			if len(p.Values) != len(p.Names) {
				return nil
			}
			rhs = p.Values[i]
		case *ast.UnaryExpr:
			return nil // &span
		default:
			continue
		}
		call, ok := ast.Unparen(rhs).(*ast.CallExpr)
		if !ok || !c.idx.Is(call, apis.SpanFromContext) {
			return nil
		}
		from = call
	}
	return from
}

// callersContext reports whether e is the context the function fc got
// from its caller, unchanged: a context parameter, or the Context() of a
// request parameter, that fc never assigns.
func (c *checker) callersContext(fc inspector.Cursor, e ast.Expr) bool {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Context" {
			if v := identVar(info, sel.X); v != nil && ctxscope.IsHTTPRequestPtr(v.Type()) {
				return c.unassignedParam(fc, v)
			}
		}
		return false
	}
	v := identVar(info, e)
	return v != nil && ctxscope.IsContext(v.Type()) && c.unassignedParam(fc, v)
}

// unassignedParam reports whether v is a parameter of fc that fc never
// assigns or takes the address of.
func (c *checker) unassignedParam(fc inspector.Cursor, v *types.Var) bool {
	_, sig := c.funcParts(fc.Node())
	if sig == nil {
		return false
	}
	isP := false
	for p := range sig.Params().Variables() {
		if p == v {
			isP = true
		}
	}
	if !isP {
		return false
	}
	for _, cur := range c.usesOf(fc)[v] {
		k, _ := cur.ParentEdge()
		switch k {
		case edge.AssignStmt_Lhs, edge.UnaryExpr_X:
			return false
		}
	}
	return true
}
