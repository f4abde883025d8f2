package sdksetup

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/flowx"
	"github.com/otellint/otellint/internal/passkit"
)

// provider-not-shutdown: a provider created in a function must be shut
// down on every path that leaves it, or handed on to code that keeps it.
// Shutdown flushes what the batch processors and periodic readers hold
// and shuts the exporters down; a provider nobody shuts down loses that
// at exit. The global setters (otel.SetTracerProvider) keep a provider in
// use but never shut it down: passing it to a parameter of an interface
// type without a Shutdown method is not a hand-off.

// kind describes an SDK provider for the messages.
type kind struct {
	name string // "tracer provider"
	data string // what is lost: "spans"
}

// kindOf returns the kind of provider the constructor key makes.
func kindOf(key string) kind {
	switch key {
	case apis.SDKNewMeterProvider:
		return kind{"meter provider", "metrics"}
	case apis.SDKNewLoggerProvider:
		return kind{"logger provider", "log records"}
	}
	return kind{"tracer provider", "spans"}
}

// events is what a piece of code does to a tracked provider.
type events uint8

const (
	evShutdown events = 1 << iota // shuts it down (now, deferred, or in a closure)
	evTransfer                    // hands it on: returned, stored, passed to code that may shut it down
	evRedef                       // overwrites the variable holding it
	evNoOwner                     // passes it to a parameter that cannot shut it down (otel.SetTracerProvider)
	evExports                     // gives it something to export (RegisterSpanProcessor)
)

const evConsumed = evShutdown | evTransfer

// ref is one place that refers to a tracked provider, and what it does.
type ref struct {
	pos, end token.Pos
	ev       events
	call     *ast.CallExpr // the call that receives it, for evNoOwner
	into     *types.Var    // the package variable or field it is stored in
}

// checkProvider checks the provider created by the call at cur: where the
// new provider goes, and, when a local variable holds it, the paths of
// the function from the creation to its returns.
func (c *checker) checkProvider(cur inspector.Cursor, key string) {
	call := cur.Node().(*ast.CallExpr)
	fc, inFunc := astx.EnclosingFunc(cur)
	k := kindOf(key)
	nothing := c.exportsNothing(call, key)
	for {
		if _, ok := cur.Parent().Node().(*ast.ParenExpr); !ok {
			break
		}
		cur = cur.Parent()
	}
	kind, i := cur.ParentEdge()
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.ExprStmt:
		if !nothing {
			c.reportNever(call, k, "is created and dropped", nil)
		}
	case *ast.SelectorExpr:
		// sdktrace.NewTracerProvider().Tracer("x"): only the tracer is kept
		if !nothing {
			c.reportNever(call, k, "is created and dropped after the call of its "+p.Sel.Name+" method", nil)
		}
	case *ast.CallExpr:
		if kind != edge.CallExpr_Args || !inFunc {
			return
		}
		if c.argEvents(p, i)&evNoOwner != 0 && !nothing {
			c.reportNever(call, k, "passed to "+calleeName(c.pass.TypesInfo, p)+" is never shut down", p)
		}
	case *ast.KeyValueExpr:
		// &App{tp: sdktrace.NewTracerProvider(...)}
		if kind == edge.KeyValueExpr_Value && !nothing {
			c.checkStored(call, k, p.Key)
		}
	case *ast.AssignStmt, *ast.ValueSpec:
		lhs, rhs := passkit.Assignment(parent.Node())
		if len(lhs) != len(rhs) {
			return
		}
		if !inFunc {
			// var tp = sdktrace.NewTracerProvider(...) at package level
			if !nothing {
				c.checkStored(call, k, lhs[i])
			}
			return
		}
		if isBlank(lhs[i]) {
			if !nothing {
				c.reportNever(call, k, "is assigned to the blank identifier", nil)
			}
			return
		}
		body, sig := funcParts(c.pass.TypesInfo, fc.Node())
		v := c.identVar(lhs[i])
		if body == nil || v == nil || !local(v, body) {
			// stored in a field, a package or captured variable
			if !nothing {
				c.checkStored(call, k, lhs[i])
			}
			return
		}
		c.checkLocalProvider(fc, body, sig, parent.Node(), call, v, k, nothing)
	}
}

// checkLocalProvider follows the provider held by the local variable v
// from the statement stmt that creates it.
func (c *checker) checkLocalProvider(fc inspector.Cursor, body *ast.BlockStmt, sig *types.Signature, stmt ast.Node, call *ast.CallExpr, v *types.Var, k kind, nothing bool) {
	refs := c.trackProvider(fc, body, v, stmt)
	if r, shutdown := c.onlyReader(call); r != nil {
		refs = append(refs, c.readerShutdowns(fc, r, shutdown)...)
	}
	var all events
	var noOwner *ast.CallExpr
	var storedIn *types.Var
	for i, r := range refs {
		if r.ev&evTransfer != 0 && r.into != nil {
			if never, _ := c.storedNeverShutDown(r.into); never {
				refs[i].ev &^= evTransfer // kept where nothing shuts it down
				storedIn = r.into
			}
		}
		all |= refs[i].ev
		if r.ev&evNoOwner != 0 && noOwner == nil {
			noOwner = r.call
		}
	}
	if nothing && all&evExports == 0 {
		return // nothing to flush
	}
	if all&evConsumed == 0 {
		if storedIn != nil {
			_, noOwner = c.storedNeverShutDown(storedIn)
			c.reportNever(call, k, v.Name()+" is stored in "+holderDesc(storedIn)+", which nothing in this package shuts down,", noOwner)
			return
		}
		c.reportNever(call, k, v.Name()+" is never shut down", noOwner)
		return
	}
	g := c.graphs.Of(fc.Node())
	if g == nil {
		return
	}
	start, from, ok := flowx.Locate(g, stmt)
	if !ok {
		return
	}
	at := func(n ast.Node) events {
		var ev events
		for _, r := range refs {
			if r.pos >= n.Pos() && r.end <= n.End() {
				ev |= r.ev
			}
		}
		return ev
	}
	var leaks []*ast.ReturnStmt
	nilWhen := func(cond ast.Expr, truth bool) []*types.Var { return flowx.NilWhen(c.pass.TypesInfo, cond, truth, nil) }
	flowx.WalkNil(start, from, c.pass.TypesInfo, nilWhen, func(_ *cfg.Block, _ int, n ast.Node, _ flowx.NilVars) bool {
		return n != stmt && at(n)&(evConsumed|evRedef) == 0 && !c.graphs.StmtNoReturn(n)
	}, func(r *ast.ReturnStmt, known flowx.NilVars) {
		if !mayReturnError(c.pass.TypesInfo, r, sig, known) && !slices.Contains(leaks, r) {
			leaks = append(leaks, r)
		}
	})
	if len(leaks) == 0 {
		return
	}
	d := analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: CategoryProviderNotShutdown,
		Message: fmt.Sprintf("%s %s is not shut down on every path, so the %s it still holds are lost at exit on those paths; shut it down or hand it on before the returns listed",
			k.name, v.Name(), k.data),
	}
	for _, r := range leaks {
		pos := r.Pos()
		if r.Return == body.Rbrace {
			pos = body.Rbrace // the end of the function body
		}
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: pos, Message: "the provider is still running when the function returns here"})
	}
	c.report(d)
}

// reportNever reports a provider that nothing shuts down; noOwner is the
// call that keeps it without shutting it down, if any.
func (c *checker) reportNever(call *ast.CallExpr, k kind, what string, noOwner *ast.CallExpr) {
	msg := fmt.Sprintf("%s %s, so the %s it still holds are lost when the program exits; keep it and call its Shutdown before exit (defer it in main, or return a cleanup that does)",
		k.name, what, k.data)
	if noOwner != nil && noOwner != call {
		if name := calleeName(c.pass.TypesInfo, noOwner); name != "" {
			msg = fmt.Sprintf("%s %s (%s keeps it in use but does not shut it down), so the %s it still holds are lost when the program exits; call its Shutdown before exit (defer it in main, or return a cleanup that does)",
				k.name, what, name, k.data)
		}
	}
	c.report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: CategoryProviderNotShutdown, Message: msg})
}

// exportsNothing reports whether the provider made by call is known to
// have nothing to export: every option is one of its package's, and none
// adds a processor, nor a reader that pushes. Shutting such a provider
// down flushes nothing (a span processor registered later is a reference
// the tracking sees).
//
//	sdktrace.NewTracerProvider(sdktrace.WithSampler(s))         // trace IDs only
//	sdkmetric.NewMeterProvider(sdkmetric.WithReader(promExporter)) // scraped
func (c *checker) exportsNothing(call *ast.CallExpr, key string) bool {
	if call.Ellipsis.IsValid() {
		return false
	}
	for _, opt := range call.Args {
		oc, ok := ast.Unparen(opt).(*ast.CallExpr)
		if !ok {
			return false // an option from a variable
		}
		fn := apis.Callee(c.pass.TypesInfo, oc)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != apis.KeyPackage(key) {
			return false // a helper's option
		}
		if c.idx.Is(oc, apis.SDKExportingOptions...) {
			if c.idx.Is(oc, apis.SDKWithBatcher, apis.SDKWithSyncer) && len(oc.Args) >= 1 && c.memoryExporter(oc) {
				continue // its spans stay in the process
			}
			return false
		}
		if c.idx.Is(oc, apis.SDKWithReader) && (len(oc.Args) != 1 || c.pushes(oc.Args[0])) {
			return false
		}
	}
	return true
}

// memoryExporter reports whether the span exporter given to the option
// opt (WithBatcher, WithSyncer) keeps what it exports in the process's
// memory, for the program (its tests) to read back: a
// tracetest.InMemoryExporter, or a type of the package whose methods of
// the exporter interface the option takes (ExportSpans, Shutdown) call
// nothing but the OpenTelemetry packages (reading the spans) and package
// sync. Spans such an exporter never receives die with the process as
// those it received do: nothing is lost at exit.
//
//	func (e *Exporter) ExportSpans(_ context.Context, spans []sdktrace.ReadOnlySpan) error {
//		*e.Buffer = spans[0].Status().Code.String()
//		return nil
//	}
func (c *checker) memoryExporter(opt *ast.CallExpr) bool {
	t := c.pass.TypesInfo.TypeOf(opt.Args[0])
	if t == nil || types.IsInterface(t) {
		return false
	}
	if apis.IsTypeIn(t, apis.MemoryExporterTypes) {
		return true
	}
	// The exporter interface, as the option takes it: sdktrace.SpanExporter.
	fn := apis.Callee(c.pass.TypesInfo, opt)
	if fn == nil || fn.Signature().Params().Len() == 0 {
		return false
	}
	iface, ok := fn.Signature().Params().At(0).Type().Underlying().(*types.Interface)
	if !ok {
		return false
	}
	n, ok := types.Unalias(astx.Deref(t)).(*types.Named)
	if !ok || n.Obj().Pkg() != c.pass.Pkg {
		return false
	}
	// Every method of the exporter that implements the interface's.
	bodies := map[token.Pos]*ast.BlockStmt{}
	for m := range iface.Methods() {
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), true, m.Pkg(), m.Name())
		if impl, ok := obj.(*types.Func); ok {
			bodies[impl.Pos()] = nil
		}
	}
	for file := range passkit.NonTestFiles(c.pass, c.ins) {
		for _, d := range file.Node().(*ast.File).Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil {
				if _, ok := bodies[fd.Name.Pos()]; ok {
					bodies[fd.Name.Pos()] = fd.Body
				}
			}
		}
	}
	if len(bodies) == 0 {
		return false
	}
	for _, body := range bodies {
		if body == nil || !c.staysInProcess(body, iface) {
			return false
		}
	}
	return true
}

// staysInProcess reports whether body calls nothing but the packages
// whose calls keep spans in the process ([apis.InProcessPkgs]), no
// exporter of OpenTelemetry's, and no method of another exporter (a
// value implementing iface): a wrapper that hands the spans on sends them
// wherever that one does.
func (c *checker) staysInProcess(body *ast.BlockStmt, iface *types.Interface) bool {
	in := true
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !in {
			return in
		}
		if tv, ok := c.pass.TypesInfo.Types[call.Fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
			return true // a conversion, len, append
		}
		fn := apis.Callee(c.pass.TypesInfo, call)
		if fn == nil || fn.Pkg() == nil {
			in = false // a function value: anything
			return false
		}
		path := fn.Pkg().Path()
		in = slices.ContainsFunc(apis.InProcessPkgs, func(p string) bool { return passkit.Under(path, p) }) &&
			!passkit.Under(path, apis.OtelExportersPkg)
		if recv := fn.Signature().Recv(); in && recv != nil {
			rt := recv.Type()
			in = !types.Implements(rt, iface) && !types.Implements(types.NewPointer(rt), iface)
		}
		return in
	})
	return in
}

// pushes reports whether the metric reader r may push its metrics: a
// PeriodicReader, or a reader of an interface type; a reader of another
// concrete type (the Prometheus exporter, a ManualReader) is pulled.
func (c *checker) pushes(r ast.Expr) bool {
	t := c.pass.TypesInfo.TypeOf(r)
	if t == nil || types.IsInterface(t) {
		return true
	}
	n, ok := astx.Deref(t).(*types.Named)
	return !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path()+"."+n.Obj().Name() == apis.SDKPeriodicReaderType
}

// trackProvider returns what each reference to the provider held by v
// (and by the local variables it is copied to) does with it in the
// function fc. The creating statement is not counted.
func (c *checker) trackProvider(fc inspector.Cursor, body *ast.BlockStmt, v *types.Var, stmt ast.Node) []ref {
	vars := []*types.Var{v}
	var refs []ref
	for i := 0; i < len(vars); i++ {
		for cur := range fc.Preorder((*ast.Ident)(nil)) {
			id := cur.Node().(*ast.Ident)
			if id.Name != vars[i].Name() || c.pass.TypesInfo.Uses[id] != vars[i] && c.pass.TypesInfo.Defs[id] != vars[i] {
				continue
			}
			if id.Pos() >= stmt.Pos() && id.End() <= stmt.End() && i == 0 {
				continue // the creation itself
			}
			ev, alias, to, into := c.classify(cur, body)
			if alias != nil && !slices.Contains(vars, alias) {
				vars = append(vars, alias)
			}
			if i > 0 && ev&evRedef != 0 && c.pass.TypesInfo.Defs[id] != nil {
				ev &^= evRedef // an alias's own definition
			}
			if ev != 0 {
				refs = append(refs, ref{id.Pos(), id.End(), ev, to, into})
			}
		}
	}
	return refs
}

// classify says what the reference at cur does with the provider: its
// events, the local variable it is copied to, and the call it is passed
// to.
func (c *checker) classify(cur inspector.Cursor, body *ast.BlockStmt) (ev events, alias *types.Var, to *ast.CallExpr, into *types.Var) {
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
		// tp.Shutdown(ctx), or the method value tp.Shutdown
		sel, ok := info.Selections[pn]
		if !ok || kind != edge.SelectorExpr_X {
			return 0, nil, nil, nil
		}
		fn, ok := sel.Obj().(*types.Func)
		if ok && c.idx.FuncKey(fn) == apis.SDKRegisterSpanProcessor {
			return evExports, nil, nil, nil
		}
		if !ok || !slices.Contains(apis.SDKShutdowns, c.idx.FuncKey(fn)) {
			return 0, nil, nil, nil // Tracer, Meter, ForceFlush...
		}
		if call, ok := p.Parent().Node().(*ast.CallExpr); ok && ast.Unparen(call.Fun) == pn {
			return evShutdown, nil, nil, nil
		}
		return evTransfer, nil, nil, nil // shutdownFuncs = append(shutdownFuncs, tp.Shutdown)
	case *ast.CallExpr:
		if kind != edge.CallExpr_Args {
			return 0, nil, nil, nil
		}
		return c.argEvents(pn, index), nil, pn, nil
	case *ast.KeyValueExpr:
		if kind == edge.KeyValueExpr_Key {
			return 0, nil, nil, nil // a field's name in a composite literal
		}
		return evTransfer, nil, nil, c.privateHolder(pn.Key) // &App{tp: tp}
	case *ast.ReturnStmt, *ast.CompositeLit, *ast.TypeAssertExpr, *ast.SendStmt:
		return evTransfer, nil, nil, nil
	case *ast.UnaryExpr:
		if pn.Op == token.AND {
			return evTransfer, nil, nil, nil
		}
	case *ast.AssignStmt, *ast.ValueSpec:
		if kind == edge.AssignStmt_Lhs || kind == edge.ValueSpec_Names {
			return evRedef, nil, nil, nil
		}
		lhs, rhs := passkit.Assignment(pn)
		if len(lhs) != len(rhs) {
			return evTransfer, nil, nil, nil
		}
		if isBlank(lhs[index]) {
			return 0, nil, nil, nil
		}
		if v := c.identVar(lhs[index]); v != nil && local(v, body) {
			return 0, v, nil, nil // a copy to follow
		}
		return evTransfer, nil, nil, c.privateHolder(lhs[index])
	}
	return 0, nil, nil, nil
}

// argEvents says what passing a provider as argument i of call does with
// it, from the type of the parameter: one whose type has a Shutdown
// method (or any type, or an unknown callee) may keep it and shut it
// down; an interface without Shutdown (trace.TracerProvider, the global
// setters' parameter) cannot, unless the package takes the global back
// to shut it down.
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
	tv, ok := info.Types[call.Fun]
	if !ok || tv.IsType() {
		return evTransfer // a conversion
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok {
		return evTransfer
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			i-- // T.M(recv, args...): the signature has the receiver first
		}
	}
	n := sig.Params().Len()
	if i < 0 || n == 0 {
		return evTransfer
	}
	if i >= n-1 && sig.Variadic() {
		i = n - 1
	}
	if i >= n {
		return evTransfer
	}
	t := sig.Params().At(i).Type()
	if sig.Variadic() && i == n-1 {
		if s, ok := t.(*types.Slice); ok && call.Ellipsis == token.NoPos {
			t = s.Elem()
		}
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.Empty() || hasShutdown(t) || c.takesGlobalBack() {
		return evTransfer
	}
	return evNoOwner
}

// hasShutdown reports whether t has a method named Shutdown.
func hasShutdown(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Shutdown")
	_, ok := obj.(*types.Func)
	return ok
}

// takesGlobalBack reports whether the package asserts a provider interface
// to a type with a Shutdown method, taking a provider it set as the global
// back to shut it down:
//
//	if tp, ok := otel.GetTracerProvider().(*sdktrace.TracerProvider); ok { tp.Shutdown(ctx) }
func (c *checker) takesGlobalBack() bool {
	if c.globalBack != nil {
		return *c.globalBack
	}
	found := false
	for cur := range c.ins.Root().Preorder((*ast.TypeAssertExpr)(nil)) {
		ta := cur.Node().(*ast.TypeAssertExpr)
		if ta.Type == nil {
			continue // x.(type): the cases are judged below
		}
		if x := c.pass.TypesInfo.TypeOf(ta.X); x != nil && types.IsInterface(x) && !hasShutdown(x) && hasShutdown(c.pass.TypesInfo.TypeOf(ta.Type)) {
			found = true
			break
		}
	}
	c.globalBack = &found
	return found
}

// mayReturnError reports whether the return r of a function of signature
// sig may return a non-nil error as its last result, given the variables
// known to be nil on the path: a path that fails hands the failure to the
// caller, which will not run the program (the provider has recorded
// nothing yet).
func mayReturnError(info *types.Info, r *ast.ReturnStmt, sig *types.Signature, known flowx.NilVars) bool {
	if sig == nil {
		return false
	}
	n := sig.Results().Len()
	if n == 0 || !types.Identical(sig.Results().At(n-1).Type(), types.Universe.Lookup("error").Type()) {
		return false
	}
	switch len(r.Results) {
	case 0:
		return !slices.Contains(known, sig.Results().At(n-1))
	case n:
		last := r.Results[n-1]
		if v := astx.IdentVar(info, last); v != nil && slices.Contains(known, v) {
			return false
		}
		return !astx.IsNil(info, last)
	}
	return true // return f()
}

// funcParts returns the body and signature of a FuncDecl or FuncLit.
func funcParts(info *types.Info, n ast.Node) (*ast.BlockStmt, *types.Signature) {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := info.Defs[n.Name].(*types.Func); ok {
			return n.Body, fn.Signature()
		}
	case *ast.FuncLit:
		sig, _ := info.TypeOf(n).(*types.Signature)
		return n.Body, sig
	}
	return nil, nil
}

// local reports whether v is declared inside body.
func local(v types.Object, body *ast.BlockStmt) bool {
	return v != nil && body != nil && v.Pos() >= body.Pos() && v.Pos() < body.End()
}

// calleeName names the function call calls, qualified by its package's
// name ("otel.SetTracerProvider"), or "".
func calleeName(info *types.Info, call *ast.CallExpr) string {
	fn := apis.Callee(info, call)
	if fn == nil {
		return ""
	}
	if recv := fn.Signature().Recv(); recv != nil {
		if n, ok := astx.Deref(recv.Type()).(*types.Named); ok {
			return n.Obj().Name() + "." + fn.Name()
		}
		return fn.Name()
	}
	if fn.Pkg() == nil {
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// onlyReader returns the variable holding the one reader of a meter
// provider made by call (sdkmetric.NewMeterProvider(sdkmetric.WithReader(r),
// ...)), or nil, and the Shutdown method of the sdkmetric.Reader interface
// WithReader takes. The provider's Shutdown does nothing but shut its
// readers down, and a periodic reader's Shutdown exports what it holds, so
// shutting down a provider's only reader is shutting the provider down.
func (c *checker) onlyReader(call *ast.CallExpr) (*types.Var, *types.Func) {
	if c.idx.Key(call) != apis.SDKNewMeterProvider || call.Ellipsis.IsValid() {
		return nil, nil
	}
	var reader *types.Var
	var shutdown *types.Func
	for _, a := range call.Args {
		opt, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok {
			return nil, nil // options built elsewhere may add readers
		}
		if c.idx.Key(opt) != apis.SDKWithReader {
			continue
		}
		v := c.identVar(opt.Args[0])
		fn := apis.Callee(c.pass.TypesInfo, opt)
		if reader != nil || v == nil || fn == nil || fn.Signature().Params().Len() != 1 {
			return nil, nil
		}
		iface, ok := fn.Signature().Params().At(0).Type().Underlying().(*types.Interface)
		if !ok {
			return nil, nil
		}
		for m := range iface.Methods() {
			if m.Name() == "Shutdown" {
				shutdown = m
			}
		}
		reader = v
	}
	if shutdown == nil {
		return nil, nil
	}
	return reader, shutdown
}

// readerShutdowns returns the references of function fc to the reader r
// that call its implementation of the Reader interface's Shutdown method
// (the interface method itself, or the method of r's type that implements
// it), as shutdowns of the provider.
func (c *checker) readerShutdowns(fc inspector.Cursor, r *types.Var, shutdown *types.Func) []ref {
	var refs []ref
	for cur := range fc.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if id.Name != r.Name() || c.pass.TypesInfo.Uses[id] != r {
			continue
		}
		se, ok := cur.Parent().Node().(*ast.SelectorExpr)
		if !ok || se.X != id {
			continue
		}
		sel, ok := c.pass.TypesInfo.Selections[se]
		if !ok || sel.Kind() != types.MethodVal || !implements(sel.Obj(), shutdown) {
			continue
		}
		if call, ok := cur.Parent().Parent().Node().(*ast.CallExpr); ok && call.Fun == se {
			refs = append(refs, ref{pos: id.Pos(), end: id.End(), ev: evShutdown})
		}
	}
	return refs
}

// implements reports whether the method obj is the interface method m or
// a method that implements it (same name and signature).
func implements(obj types.Object, m *types.Func) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Name() != m.Name() {
		return false
	}
	if fn == m {
		return true
	}
	a, b := fn.Signature(), m.Signature()
	return types.Identical(a.Params(), b.Params()) && types.Identical(a.Results(), b.Results())
}
