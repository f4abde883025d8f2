package spanend

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
)

// events is what a piece of code does to a tracked span.
type events uint16

const (
	evEnd         events = 1 << iota // ends it now (End, an ending helper, a closure or goroutine that ends it)
	evEndDeferred                    // ends it when the function returns (defer)
	evTransfer                       // hands it on: returned, stored, passed to code that keeps it
	evStatus                         // sets an error status on it
	evRecord                         // records an error on it
	evRedef                          // overwrites the variable holding it
	evNoReturn                       // the path stops (os.Exit, log.Fatal...)
	evEndOnError                     // a deferred closure ends it only when an error result is not nil
)

const evConsumed = evEnd | evEndDeferred | evTransfer

// ref is one place that refers to a tracked span, and what it does.
type ref struct {
	pos, end token.Pos
	ev       events
}

// tracked is a span followed through one function: the variables that
// hold it, the context variables that carry it, and every reference.
type tracked struct {
	primary *types.Var
	spans   map[types.Object]bool
	ctxs    map[types.Object]bool
	refs    []ref
	// ctxEscapes is set when the context carrying the span is returned
	// or stored outside the function.
	ctxEscapes bool
}

// union returns the events of every reference outside skip.
func (t *tracked) union(skip ast.Node) events {
	var ev events
	for _, r := range t.refs {
		if skip != nil && r.pos >= skip.Pos() && r.end <= skip.End() {
			continue
		}
		ev |= r.ev
	}
	return ev
}

// funcParts returns the body and signature of a FuncDecl or FuncLit.
func (c *checker) funcParts(n ast.Node) (*ast.BlockStmt, *types.Signature) {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if n.Body == nil {
			return nil, nil
		}
		fn, _ := c.pass.TypesInfo.Defs[n.Name].(*types.Func)
		if fn == nil {
			return nil, nil
		}
		sig, _ := fn.Type().(*types.Signature)
		return n.Body, sig
	case *ast.FuncLit:
		tv, ok := c.pass.TypesInfo.Types[n]
		if !ok || tv.Type == nil {
			return n.Body, nil
		}
		sig, _ := tv.Type.(*types.Signature)
		return n.Body, sig
	}
	return nil, nil
}

// usesOf returns the identifier cursors of the function fc's body
// (nested function literals included), by object.
func (c *checker) usesOf(fc inspector.Cursor) map[types.Object][]inspector.Cursor {
	if m, ok := c.uses[fc.Node()]; ok {
		return m
	}
	m := map[types.Object][]inspector.Cursor{}
	for cur := range fc.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		obj := c.pass.TypesInfo.Uses[id]
		if obj == nil {
			obj = c.pass.TypesInfo.Defs[id]
		}
		if v, ok := obj.(*types.Var); ok {
			m[v] = append(m[v], cur)
		}
	}
	c.uses[fc.Node()] = m
	return m
}

// funcVar is a variable in a function: the key of checker.varUses.
type funcVar struct {
	fn ast.Node
	v  types.Object
}

// usesOfVar returns usesOf(fc)[v]. Where the function is not indexed
// yet it walks the body for v alone: most functions with a context
// parameter are only asked about that parameter (learnFacts), and
// indexing every variable of each would cost more.
func (c *checker) usesOfVar(fc inspector.Cursor, v types.Object) []inspector.Cursor {
	if m, ok := c.uses[fc.Node()]; ok {
		return m[v]
	}
	if vv, ok := v.(*types.Var); !ok || vv == nil {
		return nil // usesOf records variables only
	}
	k := funcVar{fc.Node(), v}
	if out, ok := c.varUses[k]; ok {
		return out
	}
	var out []inspector.Cursor
	for cur := range fc.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if id.Name != v.Name() {
			continue // the name first: it is cheap, and most identifiers are others
		}
		obj := c.pass.TypesInfo.Uses[id]
		if obj == nil {
			obj = c.pass.TypesInfo.Defs[id]
		}
		if obj == v {
			out = append(out, cur)
		}
	}
	c.varUses[k] = out
	return out
}

// isSpan reports whether t is trace.Span.
func (c *checker) isSpan(t types.Type) bool {
	return t != nil && types.Identical(t, c.spanType)
}

// isSpanLike reports whether t is trace.Span or a type with its End
// method (a concrete span returned by a configured starter).
func (c *checker) isSpanLike(t types.Type) bool {
	if t == nil {
		return false
	}
	if c.isSpan(t) {
		return true
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "End")
	fn, ok := obj.(*types.Func)
	return ok && c.idx.FuncKey(fn) == apis.SpanEnd
}

// local reports whether v is declared inside body (not a parameter, a
// result, a captured or a package variable).
func local(v types.Object, body *ast.BlockStmt) bool {
	return v != nil && body != nil && v.Pos() >= body.Pos() && v.Pos() < body.End()
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

// track follows the span held by v (and, when ctx is not nil, carried
// by the context variable ctx) through the function fc.
func (c *checker) track(fc inspector.Cursor, body *ast.BlockStmt, v *types.Var, ctx types.Object) *tracked {
	t := &tracked{primary: v, spans: map[types.Object]bool{}, ctxs: map[types.Object]bool{}}
	uses := func(v types.Object) []inspector.Cursor { return c.usesOfVar(fc, v) }
	var ctxRefs []ref // the context handed on: returned or stored
	if ctx != nil {
		t.ctxs[ctx] = true
		for _, cur := range uses(ctx) {
			ev := c.classifyCtx(cur, body)
			if ev&evTransfer != 0 {
				t.ctxEscapes = true
				ctxRefs = append(ctxRefs, ref{cur.Node().Pos(), cur.Node().End(), evTransfer})
				ev = 0
			}
			ev |= c.ctxArgEvents(cur)
			if call, ok := spanFromContextCall(c, cur); ok {
				// trace.SpanFromContext(ctx) is this span too.
				ev2, alias := c.classify(call, body)
				ev |= ev2
				if alias != nil && !t.spans[alias] && c.onlyFromContext(fc, alias) != nil {
					t.spans[alias] = true
					t.addVar(c, uses, alias, body)
				}
			}
			if ev != 0 {
				t.refs = append(t.refs, ref{cur.Node().Pos(), cur.Node().End(), ev})
			}
		}
	}
	if v != nil {
		t.spans[v] = true
		t.addVar(c, uses, v, body)
	}
	// A context returned beside a span the function ends with a defer
	// ("defer span.End(); ...; return ctx, nil, err") carries a span that
	// is over by then: it hands nothing on.
	if v == nil || !t.endsDeferred(body) {
		t.refs = append(t.refs, ctxRefs...)
	}
	return t
}

// endsDeferred reports whether a defer statement of body ends the span.
func (t *tracked) endsDeferred(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		d, ok := n.(*ast.DeferStmt)
		if !ok || found {
			return !found
		}
		for _, r := range t.refs {
			if r.ev&evEnd != 0 && r.pos >= d.Pos() && r.end <= d.End() {
				found = true
			}
		}
		return false
	})
	return found
}

// addVar records the references of span variable v, following aliases.
func (t *tracked) addVar(c *checker, uses func(types.Object) []inspector.Cursor, v types.Object, body *ast.BlockStmt) {
	for _, cur := range uses(v) {
		ev, alias := c.classify(cur, body)
		if ev&evRedef != 0 && v != t.primary {
			ev &^= evRedef // an alias's own definition
		}
		if ev != 0 {
			t.refs = append(t.refs, ref{cur.Node().Pos(), cur.Node().End(), ev})
		}
		if alias != nil && !t.spans[alias] {
			t.spans[alias] = true
			t.addVar(c, uses, alias, body)
		}
	}
}

// ctxArgEvents says what passing the context cur to a function does to
// the span it carries, by the callee's fact: defer finish(ctx, &err).
func (c *checker) ctxArgEvents(cur inspector.Cursor) events {
	k, i := cur.ParentEdge()
	if k != edge.CallExpr_Args {
		return 0
	}
	call := cur.Parent().Node().(*ast.CallExpr)
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return 0
	}
	if f := c.factOf(fn.Origin()); f != nil {
		if pu := f.param(i); pu != nil && pu.Ctx {
			return pu.events() | c.onErrorEvents(cur, i)
		}
	}
	return 0
}

// spanFromContextCall returns the trace.SpanFromContext(ctx) call whose
// argument is cur.
func spanFromContextCall(c *checker, cur inspector.Cursor) (inspector.Cursor, bool) {
	if k, _ := cur.ParentEdge(); k != edge.CallExpr_Args {
		return cur, false
	}
	p := cur.Parent()
	return p, c.idx.Is(p.Node().(*ast.CallExpr), apis.SpanFromContext)
}

// classifyCtx says what a use of the context that carries the span does
// with it: returning it or storing it outside the function hands the span
// to someone else.
//
//	return ctx          return r.WithContext(ctx), nil
//	c.Request = c.Request.WithContext(ctx)
func (c *checker) classifyCtx(cur inspector.Cursor, body *ast.BlockStmt) events {
	for child, p := cur, cur.Parent(); p.Valid(); child, p = p, p.Parent() {
		switch n := p.Node().(type) {
		case *ast.ReturnStmt:
			return evTransfer
		case *ast.AssignStmt:
			if k, _ := child.ParentEdge(); k != edge.AssignStmt_Rhs {
				return 0 // assigned, not handed on
			}
			for _, l := range n.Lhs {
				if !c.isLocalTarget(l, body, true) {
					return evTransfer
				}
			}
			return 0
		case *ast.CallExpr:
			// Only calls that wrap the context carry it on:
			// r.WithContext(ctx), context.WithValue(ctx, k, v).
			t := c.pass.TypesInfo.TypeOf(n)
			if t == nil || !(ctxscope.IsContext(t) || ctxscope.IsHTTPRequestPtr(t)) {
				return 0
			}
		case *ast.ParenExpr, *ast.CompositeLit, *ast.KeyValueExpr, *ast.UnaryExpr, *ast.SelectorExpr:
		default:
			return 0
		}
	}
	return 0
}

// isLocalTarget reports whether assigning to e keeps the value inside the
// function: a blank or a variable declared in its body, or, with params,
// one of its parameters.
func (c *checker) isLocalTarget(e ast.Expr, body *ast.BlockStmt, params bool) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	if id.Name == "_" {
		return true
	}
	obj := c.pass.TypesInfo.Defs[id]
	if obj == nil {
		obj = c.pass.TypesInfo.Uses[id]
	}
	if local(obj, body) {
		return true
	}
	if !params || obj == nil || body == nil {
		return false
	}
	// A parameter lives in the scope of the function, which the top
	// level of its body shares, and is declared before the body.
	fscope := c.pass.Pkg.Scope().Innermost(body.Lbrace)
	return fscope != nil && obj.Parent() == fscope && obj.Pos() < body.Pos()
}

// classify says what the reference cur to a span does with it. When the
// span is copied into another local variable, that variable is returned
// as an alias to follow.
func (c *checker) classify(cur inspector.Cursor, body *ast.BlockStmt) (events, *types.Var) {
	info := c.pass.TypesInfo
	for {
		if _, ok := cur.Parent().Node().(*ast.ParenExpr); !ok {
			break
		}
		cur = cur.Parent()
	}
	kind, index := cur.ParentEdge()
	p := cur.Parent()
	switch pn := p.Node().(type) {
	case *ast.SelectorExpr:
		// span.M(...) or the method value span.End
		if kind != edge.SelectorExpr_X {
			return 0, nil
		}
		var fn *types.Func
		if sel, ok := info.Selections[pn]; ok {
			fn, _ = sel.Obj().(*types.Func)
		}
		if fn == nil {
			return 0, nil
		}
		call, called := p.Parent().Node().(*ast.CallExpr)
		called = called && ast.Unparen(call.Fun) == pn
		switch c.idx.FuncKey(fn) {
		case apis.SpanEnd:
			return evEnd, nil // a method value (end := span.End) counts as ending it
		case apis.SpanSetStatus:
			if called && len(call.Args) > 0 && c.isErrorCode(call.Args[0]) {
				return evStatus, nil
			}
		case apis.SpanRecordError:
			if called {
				return evRecord, nil
			}
		case "":
			return c.methodEvents(fn, called), nil // a span wrapper's method
		}
		return 0, nil
	case *ast.CallExpr:
		if kind != edge.CallExpr_Args {
			return 0, nil
		}
		return c.argEvents(pn, index) | c.onErrorEvents(cur, index), nil
	case *ast.ReturnStmt, *ast.CompositeLit, *ast.KeyValueExpr, *ast.TypeAssertExpr:
		return evTransfer, nil
	case *ast.SendStmt:
		if kind == edge.SendStmt_Value {
			return evTransfer, nil
		}
	case *ast.UnaryExpr:
		if pn.Op == token.AND {
			return evTransfer, nil
		}
	case *ast.AssignStmt:
		if kind == edge.AssignStmt_Lhs {
			return evRedef, nil
		}
		if len(pn.Lhs) != len(pn.Rhs) {
			return evTransfer, nil
		}
		lhs := pn.Lhs[index]
		if !c.isLocalTarget(lhs, body, false) {
			return evTransfer, nil
		}
		if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && id.Name != "_" {
			obj := info.Defs[id]
			if obj == nil {
				obj = info.Uses[id]
			}
			if v, ok := obj.(*types.Var); ok {
				return 0, v
			}
		}
		return 0, nil
	case *ast.ValueSpec:
		if kind == edge.ValueSpec_Names {
			return evRedef, nil
		}
		if kind == edge.ValueSpec_Values && len(pn.Names) == len(pn.Values) {
			if v, ok := info.Defs[pn.Names[index]].(*types.Var); ok && pn.Names[index].Name != "_" {
				return 0, v
			}
		}
		return evTransfer, nil
	case *ast.IndexExpr, *ast.IndexListExpr, *ast.RangeStmt:
		if kind == edge.IndexExpr_X || kind == edge.IndexListExpr_X {
			return 0, nil
		}
		return evTransfer, nil
	}
	return 0, nil
}

// isErrorCode reports whether e may be codes.Error: the constant itself, or
// a value not known at compile time. codes.Ok and codes.Unset do not count.
func (c *checker) isErrorCode(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return true
	}
	v, exact := constant.Int64Val(constant.ToInt(tv.Value))
	return !exact || v == errorCode
}

// errorCode is the value of codes.Error.
const errorCode = 1

// argEvents says what passing a span as argument i of call does with it.
func (c *checker) argEvents(call *ast.CallExpr, i int) events {
	info := c.pass.TypesInfo
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			if b.Name() == "append" {
				return evTransfer
			}
			return 0
		}
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return evTransfer // a conversion
	}
	fn := apis.Callee(info, call)
	if fn == nil {
		return evTransfer // a function value: its body is not visible
	}
	fn = fn.Origin()
	if c.idx.FuncKey(fn) == apis.ContextWithSpan {
		return evTransfer
	}
	if matchFunc(fn, c.extraEnd) {
		return evEnd
	}
	if c.onlyReads(fn) {
		return 0 // fmt.Print(span), log.Printf("%v", span): formatted, not kept
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			i-- // T.M(recv, args...)
		}
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || i < 0 {
		return evTransfer
	}
	if sig.Variadic() && i >= sig.Params().Len()-1 {
		i = sig.Params().Len() - 1
	}
	if f := c.factOf(fn); f != nil {
		if pu := f.param(i); pu != nil {
			return pu.events()
		}
	}
	return evTransfer
}

// matchFunc reports whether fn is named in names, by its full name
// ("(*example.com/pkg.T).M") or its pointer-free key ("(example.com/pkg.T).M").
func matchFunc(fn *types.Func, names []string) bool {
	if len(names) == 0 || fn == nil {
		return false
	}
	return slices.Contains(names, fn.FullName()) || slices.Contains(names, apis.RawKey(fn))
}
