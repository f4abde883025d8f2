package instrumentcreation

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/passkit"
)

// Where the value of a creation goes. A loop in request-scoped code that
// stores what it creates into a table (a map, a slice, a field) builds the
// table once rather than creating per request, so such a creation is not
// reported where it is; its function is learnt to create instead, and a
// handler calling it is reported.

// stored reports whether the value of the call at cur is kept in a table
// or a struct: assigned to a map or slice element, a field or a package
// variable, directly or through a local variable later stored so or
// appended.
func stored(info *types.Info, cur inspector.Cursor) bool {
	lhs := assignedTo(cur)
	if lhs == nil {
		return false
	}
	if isStorage(info, lhs) {
		return true
	}
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok {
		return false
	}
	decl := astx.EnclosingDecl(cur)
	if decl == nil || decl.Body == nil {
		return false
	}
	uses := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
				found = true
			}
			return !found
		})
		return found
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if i < len(n.Rhs) && isStorage(info, l) && uses(n.Rhs[i]) {
					found = true
				}
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
					for _, a := range n.Args[min(1, len(n.Args)):] {
						if uses(a) {
							found = true
						}
					}
				}
			}
		}
		return true
	})
	return found
}

// isStorage reports whether e is a place that outlives the statement: a
// map or slice element, a field, or a package-level variable.
func isStorage(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		return true
	case *ast.SelectorExpr:
		sel, ok := info.Selections[e]
		if ok {
			return sel.Kind() == types.FieldVal
		}
		return isPackageVar(info.Uses[e.Sel])
	case *ast.Ident:
		return isPackageVar(info.ObjectOf(e))
	case *ast.StarExpr:
		return true
	}
	return false
}

// isPackageVar reports whether obj is a package-level variable.
func isPackageVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// assignedTo returns the expression the value of the call at cur is
// stored to, or nil. For a call with two results (v, err := call) it is
// the first.
func assignedTo(cur inspector.Cursor) ast.Expr {
	e, i := cur.ParentEdge()
	switch e {
	case edge.AssignStmt_Rhs:
		as := cur.Parent().Node().(*ast.AssignStmt)
		if len(as.Lhs) == len(as.Rhs) {
			return as.Lhs[i]
		}
		return as.Lhs[0]
	case edge.ValueSpec_Values:
		vs := cur.Parent().Node().(*ast.ValueSpec)
		if len(vs.Names) == len(vs.Values) {
			return vs.Names[i]
		}
		return vs.Names[0]
	}
	return nil
}

// assignedVar returns the local variable the call at cur is assigned to
// (v := call, v = call, var v = call), or nil.
func assignedVar(info *types.Info, cur inspector.Cursor) *types.Var {
	lhs := assignedTo(cur)
	if lhs == nil {
		return nil
	}
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	return v
}

// localVar returns the local variable e names, or nil.
func localVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return v
}

// provisions reports whether s creates as the set-up of its receiver: in
// a method that is request-scoped only because it takes a context, the
// value is stored into a field of the receiver, directly or through a
// local variable, as a component's provisioning step does once per
// configuration:
//
//	func (m *Module) Provision(ctx Context) error {
//		m.logger = ctx.Logger()
//		m.provider = sdkmetric.NewMeterProvider(...)
//	}
//
// A value that must be shut down (a provider, an exporter) counts only
// when the package shuts that field down somewhere (m.provider.Shutdown
// in the component's stop method): the component owns it. A request
// handler storing into its receiver is request-scoped for a stronger
// reason and is still reported.
func (c *checker) provisions(s *site) bool {
	if s.provision == 0 {
		s.provision = 2
		if c.provisionStep(s) {
			s.provision = 1
		}
	}
	return s.provision == 1
}

// provisionStep computes provisions.
func (c *checker) provisionStep(s *site) bool {
	if !s.place.Context || s.place.Loop || s.decl == nil || s.decl.Recv == nil || s.decl.Body == nil {
		return false
	}
	info := c.pass.TypesInfo
	recv := receiverVar(info, s.decl)
	if recv == nil {
		return false
	}
	field := receiverField(info, assignedTo(s.cur), recv)
	if field == nil {
		// Through a local variable: tp := create(); m.tp = tp.
		v := assignedVar(info, s.cur)
		if v == nil || v.Parent() == v.Pkg().Scope() {
			return false
		}
		ast.Inspect(s.decl.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || field != nil || len(as.Lhs) != len(as.Rhs) {
				return field == nil
			}
			for i, r := range as.Rhs {
				if id, ok := ast.Unparen(r).(*ast.Ident); ok && info.Uses[id] == v {
					if f := receiverField(info, as.Lhs[i], recv); f != nil {
						field = f
					}
				}
			}
			return field == nil
		})
		if field == nil {
			return false
		}
	}
	shutdown, _, _ := types.LookupFieldOrMethod(field.Type(), true, field.Pkg(), "Shutdown")
	if m, ok := shutdown.(*types.Func); ok {
		return c.shutDown(field, m)
	}
	return true
}

// populates reports whether s calls, from a function that is
// request-scoped only because it takes a context, a creating method of a
// component that the function is handed as a parameter: a value of a
// type of the module's own, whose method hands back no instrument (an
// error at most) and so keeps what it creates in the component. The
// function populates that component, as a set-up step does:
//
//	type AddMetric func(context.Context, *Metrics) error
//	func AddVersion(ctx context.Context, m *Metrics) error {
//		return m.CreateBuiltinInstrument(InstrumentVersion)
//	}
//
// Its function is learnt to create as a set-up step, so a handler that
// calls it is still reported. A method that returns what it creates
// (m.Counter(name).Add(ctx, 1)) hands it to the caller, who creates per
// call, and stays reported.
func (c *checker) populates(s *site) bool {
	if s.helper == nil || !s.place.Context || s.place.Loop || s.decl == nil {
		return false
	}
	sig := s.helper.Signature()
	if sig.Recv() == nil || sig.Results().Len() > 1 ||
		sig.Results().Len() == 1 && !types.Identical(sig.Results().At(0).Type(), types.Universe.Lookup("error").Type()) {
		return false
	}
	sel, ok := ast.Unparen(s.call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return false
	}
	param, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !astx.IsParam(c.pass.TypesInfo, s.decl, param) {
		return false
	}
	n, ok := types.Unalias(astx.Deref(param.Type())).(*types.Named)
	return ok && n.Obj().Pkg() != nil && c.ownModule(n.Obj().Pkg().Path())
}

// ownModule reports whether path is a package of the module being
// analysed (the package's own when the module is unknown).
func (c *checker) ownModule(path string) bool {
	if in, known := passkit.InModule(c.pass, path); known {
		return in
	}
	return path == c.pass.Pkg.Path()
}

// rebuiltOnTick reports whether s, on the tick of a timer loop in
// background code (a Periodic place), makes what may be made once per
// interval: not a registration, which panics or piles up when repeated;
// a provider or an exporter only when the same tick shuts a provider
// down, rotating it rather than leaking one per tick:
//
//	case <-ticker.C:
//		if p, ok := otel.GetMeterProvider().(*sdkmetric.MeterProvider); ok {
//			_ = p.Shutdown(ctx)
//		}
//		mp, _ := newPrometheusProvider(cfg)
func (c *checker) rebuiltOnTick(s *site) bool {
	switch {
	case !s.place.Periodic, s.c.failsRepeated():
		return false
	case s.c.leaks():
		return c.tickShutsDown(s)
	}
	return true
}

// tickShutsDown reports whether the tick's code around s (the body of the
// select case that receives the tick, or of the range over the timer's
// channel) shuts an SDK provider down.
func (c *checker) tickShutsDown(s *site) bool {
	var body ast.Node
	for p := range s.cur.Enclosing((*ast.CommClause)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := p.Node().(type) {
		case *ast.CommClause:
			body = n
		case *ast.RangeStmt:
			body = n.Body
		}
		break
	}
	if body == nil {
		return false
	}
	shuts := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && c.idx.Is(call, apis.SDKShutdowns...) {
			shuts = true
		}
		return !shuts
	})
	return shuts
}

// receiverVar returns the receiver variable of decl, or nil.
func receiverVar(info *types.Info, decl *ast.FuncDecl) *types.Var {
	if len(decl.Recv.List) == 0 || len(decl.Recv.List[0].Names) == 0 {
		return nil
	}
	v, _ := info.Defs[decl.Recv.List[0].Names[0]].(*types.Var)
	return v
}

// receiverField returns the field e selects when e is a field of recv
// (recv.f, or recv.a.f), or nil.
func receiverField(info *types.Info, e ast.Expr, recv *types.Var) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil
	}
	for x := ast.Unparen(sel.X); ; {
		switch e := x.(type) {
		case *ast.SelectorExpr:
			x = ast.Unparen(e.X)
			continue
		case *ast.Ident:
			if info.Uses[e] == recv {
				return s.Obj().(*types.Var)
			}
		}
		return nil
	}
}

// shutDown reports whether the package calls the method m on field:
// x.field.Shutdown(ctx), in the component's stop method.
func (c *checker) shutDown(field *types.Var, m *types.Func) bool {
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || c.pass.TypesInfo.Uses[sel.Sel] != m {
			continue
		}
		if x, ok := ast.Unparen(sel.X).(*ast.SelectorExpr); ok && c.pass.TypesInfo.Uses[x.Sel] == field {
			return true
		}
	}
	return false
}
