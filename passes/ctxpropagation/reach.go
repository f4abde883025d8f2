package ctxpropagation

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/ctxscope"
)

// Where a fresh context goes. A context.Background() loses a trace only
// if the context made from it reaches code that reads or sends the
// trace: a span start, an outgoing call, a function given it. One whose
// only uses are Done, Err, a deadline or a wait carries nothing that
// could be lost; one that is given the trace another way (a span
// context, a wrapper that falls back to the caller's context, a span
// link) keeps it.

// fate is what becomes of a fresh context.
type fate int

const (
	waited  fate = iota // only waited on, stored for a component, dropped, or ending the process
	reached             // it reaches code that may read or send the trace
	kept                // the trace is put into it another way
)

// join combines the fates of two uses: a kept trace wins, then a reach.
func join(a, b fate) fate { return max(a, b) }

// fateOf reports what becomes of the context yielded by the expression
// at cur: the Background call, or a context derived from it.
func (c *checker) fateOf(cur inspector.Cursor, depth int) fate {
	if depth > 8 {
		return reached
	}
	k, i := cur.ParentEdge()
	switch k {
	case edge.ParenExpr_X:
		return c.fateOf(cur.Parent(), depth)
	case edge.CallExpr_Args:
		return c.argFate(cur.Parent(), i, depth)
	case edge.AssignStmt_Rhs:
		as := cur.Parent().Node().(*ast.AssignStmt)
		switch {
		case len(as.Lhs) == len(as.Rhs):
			return c.targetFate(as.Lhs[i], depth)
		case len(as.Rhs) == 1:
			// ctx, cancel := context.WithCancel(...); g, ctx := errgroup.WithContext(...)
			return c.targetFate(as.Lhs[c.ctxResult(as.Rhs[0])], depth)
		}
	case edge.ValueSpec_Values:
		vs := cur.Parent().Node().(*ast.ValueSpec)
		switch {
		case len(vs.Names) == len(vs.Values):
			return c.targetFate(vs.Names[i], depth)
		case len(vs.Values) == 1:
			return c.targetFate(vs.Names[c.ctxResult(vs.Values[0])], depth)
		}
	case edge.KeyValueExpr_Value, edge.CompositeLit_Elts:
		// Stored in a struct for a component's lifetime, or gathered with
		// other contexts to wait on all of them.
		return waited
	}
	return reached
}

// A use of a context parameter in a getter of settings kept in the
// context: a nil check, or a read of settings ([checker.settingsRead]).
// A function whose every use of the parameter is one of them, one at
// least reading, reads nothing of a trace:
//
//	func FromContext(ctx context.Context) Toggles {
//		if ctx != nil {
//			if t, ok := ctx.Value(contextKey{}).(Toggles); ok {
const (
	useOther = iota
	useNilCheck
	useSettings
)

// settingsUse classifies the use of a context variable at uc.
func (c *checker) settingsUse(uc inspector.Cursor) int {
	switch k, _ := uc.ParentEdge(); k {
	case edge.BinaryExpr_X, edge.BinaryExpr_Y:
		b := uc.Parent().Node().(*ast.BinaryExpr)
		if (b.Op == token.EQL || b.Op == token.NEQ) && (c.pass.TypesInfo.Types[b.X].IsNil() || c.pass.TypesInfo.Types[b.Y].IsNil()) {
			return useNilCheck
		}
	case edge.SelectorExpr_X:
		call := uc.Parent().Parent()
		if k2, _ := uc.Parent().ParentEdge(); k2 == edge.CallExpr_Fun && c.idx.Key(call.Node().(*ast.CallExpr)) == apis.ContextValue && c.settingsRead(call) {
			return useSettings
		}
	}
	return useOther
}

// settingsRead reports whether call, a ctx.Value(key) call, reads a value
// asserted to a settings type (ctx.Value(key).(Toggles)): a named type
// with methods, each of which takes nothing and returns booleans,
// numbers or strings, such as the feature toggles a program keeps in its
// root context. Such a value carries nothing of a trace; a logger, a
// request or a span read from a context is no settings type.
func (c *checker) settingsRead(call inspector.Cursor) bool {
	if k, _ := call.ParentEdge(); k != edge.TypeAssertExpr_X {
		return false
	}
	ta := call.Parent().Node().(*ast.TypeAssertExpr)
	t := c.pass.TypesInfo.TypeOf(ta.Type)
	if t == nil {
		return false
	}
	if _, ok := types.Unalias(t).(*types.Named); !ok {
		return false
	}
	ms := types.NewMethodSet(t)
	if _, isIface := t.Underlying().(*types.Interface); !isIface {
		ms = types.NewMethodSet(types.NewPointer(t))
	}
	if ms.Len() == 0 {
		return false
	}
	for sel := range ms.Methods() {
		sig := sel.Obj().(*types.Func).Signature()
		if sig.Params().Len() != 0 || sig.Results().Len() == 0 {
			return false
		}
		for r := range sig.Results().Variables() {
			b, ok := r.Type().Underlying().(*types.Basic)
			if !ok || b.Info()&(types.IsBoolean|types.IsNumeric|types.IsString) == 0 {
				return false
			}
		}
	}
	return true
}

// ctxResult returns the index of the context among the results of the
// call e: the first result of a type context.Context, or 0.
func (c *checker) ctxResult(e ast.Expr) int {
	if tup, ok := c.pass.TypesInfo.TypeOf(e).(*types.Tuple); ok {
		for i := range tup.Len() {
			if ctxscope.IsContext(tup.At(i).Type()) {
				return i
			}
		}
	}
	return 0
}

// targetFate reports what becomes of a fresh context assigned to lhs: a
// local variable is followed to its uses; a field keeps it for the
// lifetime of a component, not of a request.
func (c *checker) targetFate(lhs ast.Expr, depth int) fate {
	switch e := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		if e.Name == "_" {
			return waited
		}
		v, ok := c.pass.TypesInfo.ObjectOf(e).(*types.Var)
		if !ok || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() {
			return reached // a package variable: anyone may use it
		}
		return c.varFate(v, depth)
	case *ast.SelectorExpr:
		if v, ok := c.pass.TypesInfo.Uses[e.Sel].(*types.Var); ok && v.IsField() {
			return waited // ds.ctx, ds.cancel = context.WithCancel(context.Background())
		}
	}
	return reached
}

// varFate reports what becomes of the fresh context held by the local v,
// from all of its uses. A variable never read is taken to reach.
func (c *checker) varFate(v *types.Var, depth int) fate {
	if f, ok := c.fates[v]; ok {
		return f
	}
	c.fates[v] = waited // while deciding (cycles)
	f := reached
	if uses := c.uses(v); len(uses) > 0 {
		f = waited
		for _, u := range uses {
			f = join(f, c.useFate(u, depth+1))
			if f == kept {
				break
			}
		}
	}
	c.fates[v] = f
	return f
}

// useFate reports what becomes of a context at one use of its variable.
func (c *checker) useFate(u inspector.Cursor, depth int) fate {
	switch k, _ := u.ParentEdge(); k {
	case edge.AssignStmt_Lhs:
		return waited // assigned again: not a use
	case edge.SelectorExpr_X:
		// ctx.Done(), ctx.Err(), ctx.Deadline()
		if k2, _ := u.Parent().ParentEdge(); k2 == edge.CallExpr_Fun {
			if slices.Contains(apis.ContextWaitMethods, c.idx.Key(u.Parent().Parent().Node().(*ast.CallExpr))) {
				return waited
			}
		}
		return reached
	}
	return c.fateOf(u, depth)
}

// argFate reports what becomes of a fresh context given as the i-th
// argument of the call at cc.
func (c *checker) argFate(cc inspector.Cursor, i, depth int) fate {
	call := cc.Node().(*ast.CallExpr)
	info := c.pass.TypesInfo
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
			if i > 0 {
				return waited // gathered with other contexts to wait on
			}
			return c.fateOf(cc, depth)
		}
	}
	key := c.idx.Key(call)
	switch {
	case i == 0 && slices.Contains(apis.ContextLinkers, key):
		return kept // trace.ContextWithSpanContext(fresh, sc)
	case slices.Contains(apis.ContextWaiters, key), slices.Contains(apis.SDKShutdowns, key):
		return waited // a provider's Shutdown reads only the deadline
	case i == 0 && slices.Contains(apis.ContextDerivers, key):
		return c.fateOf(cc, depth+1) // the derived context's fate
	case i == 0 && key == apis.TracerStart:
		if c.linksSpans(cc) {
			return kept // a new root linked to the caller's span
		}
		return reached
	}
	// A function outside the recognised APIs that returns a context made
	// from the fresh one (user.InjectOrgID(context.Background(), id))
	// keeps the trace when the context it returns is given it.
	if i == 0 && key == "" && ctxscope.IsContext(info.TypeOf(call)) && c.fateOf(cc, depth+1) == kept {
		return kept
	}
	// A call given the caller's context too may combine both: a wrapper
	// whose Value falls back to the caller's context.
	for j, a := range call.Args {
		if j != i && ctxscope.IsContext(info.TypeOf(a)) && c.carrierExpr(a) {
			return kept
		}
	}
	// A call given, beside the fresh context, a link to the caller's
	// span starts a root tied to the caller's trace: a span helper
	// (tracing.Span(context.Background(), name, fn,
	// trace.WithLinks(trace.LinkFromContext(ctx)))).
	for j, a := range call.Args {
		if j != i && c.linksCaller(a) {
			return kept
		}
	}
	if fn, ok := typeutil.Callee(info, call).(*types.Func); ok && (c.waitsOn(fn, i) || c.endsProcess(fn)) {
		return waited // only waited on, or the process's shutdown context
	}
	if key == "" && (c.release(cc) || c.opens(call)) {
		return waited
	}
	return reached
}

// opens reports whether call makes a resource that is closed later or
// delivers later: its first result has a Close method (a connection, a
// pipe, a listener, a command's process) or is a channel to receive from
// (a process's exit status). A fresh context given to it bounds the
// resource's lifetime, which is the resource's own and not the caller's
// request, the way a context kept in a component's field is.
//
//	return commandconn.New(context.Background(), "ssh", args...) // lives as long as the connection
//	f, err := fifo.Open(context.Background(), path)
func (c *checker) opens(call *ast.CallExpr) bool {
	t := c.pass.TypesInfo.TypeOf(call)
	if tup, ok := t.(*types.Tuple); ok {
		if tup.Len() == 0 {
			return false
		}
		t = tup.At(0).Type()
	}
	if t == nil {
		return false
	}
	if ch, ok := t.Underlying().(*types.Chan); ok && ch.Dir() != types.SendOnly {
		return true // statusCh, err := p.Wait(context.Background()): delivers later
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, c.pass.Pkg, "Close")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	return sig.Params().Len() == 0
}

// release reports whether the call at cc acts on a resource the function
// holds, for its effect alone: a method of a value or a function value,
// returning at most an error, whose result is dropped or returned from a
// function literal. Given a fresh context, such a call is a release or an
// undo that must not be cancelled with the caller's context, on a cleanup
// path; it produces nothing that carries a trace further.
//
//	defer ref.Release(context.TODO())
//	if err != nil { lease.Delete(context.TODO()); return err }
//	cleanup := func() error { return ref.Release(context.TODO()) }
//
// A call of a package-level function (work, fetch) is the program's work,
// and a call whose results are used (a client's response) is not an
// effect alone: both stay reported.
func (c *checker) release(cc inspector.Cursor) bool {
	call := cc.Node().(*ast.CallExpr)
	info := c.pass.TypesInfo
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		if info.Selections[fun] == nil {
			return false // a package-level function
		}
	case *ast.Ident:
		if _, ok := info.Uses[fun].(*types.Var); !ok {
			return false // a declared function
		}
	default:
		return false
	}
	sig, ok := info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if !ok {
		return false
	}
	switch res := sig.Results(); {
	case res.Len() == 0:
	case res.Len() == 1 && types.Identical(res.At(0).Type(), types.Universe.Lookup("error").Type()):
	default:
		return false
	}
	switch k, _ := cc.ParentEdge(); k {
	case edge.ExprStmt_X, edge.DeferStmt_Call:
		return true
	case edge.GoStmt_Call:
		// go s.loop(context.Background()) starts work; go ref.Release(...)
		// through an interface or a func value only lets go of a resource.
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		return !ok || c.decls[fn.Origin()] == nil && types.IsInterface(fn.Type().(*types.Signature).Recv().Type())
	case edge.ReturnStmt_Results:
		// cleanup := func() error { return ref.Release(context.TODO()) }
		if fn, ok := astx.EnclosingFunc(cc); ok {
			_, lit := fn.Node().(*ast.FuncLit)
			return lit
		}
	}
	return false
}

// linksSpans reports whether the function around cur relates spans by a
// link (trace.LinkFromContext, trace.WithLinks, Span.AddLink): a root
// started there is tied to the caller's trace on purpose.
func (c *checker) linksSpans(cur inspector.Cursor) bool {
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	for cc := range fn.Preorder((*ast.CallExpr)(nil)) {
		if slices.Contains(apis.TraceLinks, c.idx.Key(cc.Node().(*ast.CallExpr))) {
			return true
		}
	}
	return false
}

// linksCaller reports whether e holds a link to the span of the caller's
// context: trace.LinkFromContext given a context that carries the
// caller's trace.
func (c *checker) linksCaller(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		if lit, ok := n.(*ast.FuncLit); ok && lit != nil {
			return false // a callback's own calls, run later
		}
		call, ok := n.(*ast.CallExpr)
		if ok && len(call.Args) > 0 && c.idx.Is(call, apis.TraceLinkFromContext) && c.carrierExpr(call.Args[0]) {
			found = true
		}
		return !found
	})
	return found
}

// uses returns the uses of the local v in the function that declares it.
func (c *checker) uses(v *types.Var) []inspector.Cursor {
	return slices.Collect(c.eachUse(v))
}

// eachUse yields the uses of the local v in the order of the source, for
// callers that may stop at the first.
func (c *checker) eachUse(v *types.Var) iter.Seq[inspector.Cursor] {
	return func(yield func(inspector.Cursor) bool) {
		fc, ok := astx.ScopeOf(c.ins.Root(), v)
		if !ok {
			return
		}
		for uc := range fc.Preorder((*ast.Ident)(nil)) {
			// The name first: it is cheap, and most identifiers are others.
			if id := uc.Node().(*ast.Ident); id.Name == v.Name() && c.pass.TypesInfo.Uses[id] == v && !yield(uc) {
				return
			}
		}
	}
}

// paramVar returns the i-th parameter of the declared function fn, or nil.
func paramVar(fn *types.Func, i int) *types.Var {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
		return nil
	}
	return sig.Params().At(i)
}
