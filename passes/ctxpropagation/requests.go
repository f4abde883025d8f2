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
)

// newRequest checks http.NewRequest(m, u, b): reported unless the request
// is given a context with req.WithContext or req.Clone before it is used.
func (c *checker) newRequest(cur inspector.Cursor, call *ast.CallExpr) {
	if c.contextGivenLater(cur, call) {
		return
	}
	src, ok := c.find(cur)
	if !ok && !c.cfg.Strict || c.testOnly(cur) {
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
		d.SuggestedFixes = c.twinFix(call, funcName(apis.HTTPNewRequestCtx), expr, "")
	}
	c.report(d)
}

// newRequestValue checks http.NewRequest used as a function value, such
// as newRequest := http.NewRequest: every request it makes later has no
// context.
func (c *checker) newRequestValue(cur inspector.Cursor, sel *ast.SelectorExpr) {
	src, ok := c.find(cur)
	if !ok && !c.cfg.Strict || c.testOnly(cur) {
		return
	}
	d := analysis.Diagnostic{Pos: sel.Pos(), End: sel.End(), Category: CategoryRequestWithoutCtx}
	if ok {
		d.Message = "http.NewRequest used as a value creates requests without " + src.Expr() + ", so the trace is not propagated; use http.NewRequestWithContext(" + src.Expr() + ", ...)"
		d.Related = related(src)
	} else {
		d.Message = "http.NewRequest used as a value creates requests without a context, so the trace is not propagated; use http.NewRequestWithContext with the caller's context"
	}
	c.report(d)
}

// httpHelper checks http.Get and friends, and the same *http.Client
// methods, called or used as values: they always send the request with
// context.Background(). at is the function expression (http.Get,
// client.Post).
func (c *checker) httpHelper(cur inspector.Cursor, at ast.Node, key string) {
	src, ok := c.find(cur)
	if !ok && !c.cfg.Strict || c.testOnly(cur) {
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
			if f := c.fieldOf(p.Lhs[0]); f != nil {
				return c.fieldGivenCtx(f) // s.req, err = http.NewRequest(...)
			}
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
	obj := c.pass.TypesInfo.ObjectOf(id)
	if obj == nil {
		return false
	}
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	return c.givenLater(fn, obj, call.End(), 0)
}

// givenLater reports whether the request variable obj, declared in the
// function at fn, is given a context after the position after before it
// is used anywhere else.
func (c *checker) givenLater(fn inspector.Cursor, obj types.Object, after token.Pos, depth int) bool {
	info := c.pass.TypesInfo
	// The first use of the request after the call decides: a receiver of
	// WithContext/Clone gives it a context; passing it on or returning it
	// uses it without one. Field accesses (req.Header), the setters
	// (req.SetBasicAuth) and stores in a composite literal are neutral;
	// so is a store in a field that is given a context wherever it is
	// sent, which also decides when no other use follows.
	kept := false
	for uc := range fn.Preorder((*ast.Ident)(nil)) {
		u := uc.Node().(*ast.Ident)
		if u.Pos() <= after || u.Name != obj.Name() || info.Uses[u] != obj {
			continue
		}
		if k, _ := uc.ParentEdge(); k == edge.SelectorExpr_X {
			sel := uc.Parent().Node().(*ast.SelectorExpr)
			if k2, _ := uc.Parent().ParentEdge(); k2 == edge.CallExpr_Fun {
				mk := c.idx.Key(uc.Parent().Parent().Node().(*ast.CallExpr))
				if mk == apis.HTTPRequestWithCtx || mk == apis.HTTPRequestClone {
					return true
				}
				if mk == apis.HTTPRequestContext || slices.Contains(apis.HTTPRequestSetters, mk) {
					continue // it reads the context, or fills the request in
				}
				if _, isFunc := info.Uses[sel.Sel].(*types.Func); isFunc {
					return false // another method of the request
				}
			}
			continue // req.Header, req.URL...
		}
		switch k, i := uc.ParentEdge(); k {
		case edge.AssignStmt_Lhs:
			continue // req = ... again
		case edge.AssignStmt_Rhs:
			// s.req = req: the field's readers decide.
			as := uc.Parent().Node().(*ast.AssignStmt)
			if len(as.Lhs) == len(as.Rhs) {
				if f := c.fieldOf(as.Lhs[i]); f != nil && c.fieldGivenCtx(f) {
					kept = true
					continue
				}
			}
			return false
		case edge.KeyValueExpr_Value, edge.CompositeLit_Elts:
			// Stored in a literal (&info{req: req}), for others to read:
			// storing sends nothing, so the next use decides.
			continue
		case edge.CallExpr_Args:
			// Handed to a function together with a context, as in
			// client.Do(ctx, req): the callee gives it the context,
			// unless its body shows that it does not.
			_, i := uc.ParentEdge()
			return c.handedWithCtx(uc.Parent(), i, depth)
		case edge.ReturnStmt_Results:
			// Returned: the callers of the function may give it one.
			_, i := uc.ParentEdge()
			return c.returnedGivenLater(fn, i, depth)
		}
		return false
	}
	return kept
}

// fieldOf returns the field selected by e (s.req) when it is an
// unexported field of a type of the package, which only the package can
// read; nil otherwise.
func (c *checker) fieldOf(e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	f, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Var)
	if !ok || !f.IsField() || f.Exported() || f.Pkg() != c.pass.Pkg {
		return nil
	}
	return f
}

// fieldGivenCtx reports whether the request held by the field f is given
// a context wherever the package reads it to send it: every read of the
// field is the receiver of WithContext or Clone (at least one is), a
// comparison with nil, a field access (s.req.Header) or a method that
// only reads the context or fills the request in; stores are neutral.
//
//	if s.req == nil {
//		req, err := http.NewRequest(http.MethodGet, s.url, nil)
//		...
//		s.req = req
//	}
//	return s.client.Do(s.req.WithContext(ctx))
func (c *checker) fieldGivenCtx(f *types.Var) bool {
	if v, ok := c.fieldSends[f]; ok {
		return v
	}
	if c.fieldSends == nil {
		c.fieldSends = map[*types.Var]bool{}
	}
	sent := false
	ok := func() bool {
		for uc := range c.ins.Root().Preorder((*ast.Ident)(nil)) {
			if c.pass.TypesInfo.Uses[uc.Node().(*ast.Ident)] != f {
				continue
			}
			ref := refExpr(uc)
			switch k, _ := ref.ParentEdge(); k {
			case edge.AssignStmt_Lhs, edge.KeyValueExpr_Key:
				continue // a store
			case edge.BinaryExpr_X, edge.BinaryExpr_Y:
				b := ref.Parent().Node().(*ast.BinaryExpr)
				if (b.Op == token.EQL || b.Op == token.NEQ) && (astx.IsNil(c.pass.TypesInfo, b.X) || astx.IsNil(c.pass.TypesInfo, b.Y)) {
					continue
				}
				return false
			case edge.SelectorExpr_X:
				if k2, _ := ref.Parent().ParentEdge(); k2 == edge.CallExpr_Fun {
					mk := c.idx.Key(ref.Parent().Parent().Node().(*ast.CallExpr))
					switch {
					case mk == apis.HTTPRequestWithCtx || mk == apis.HTTPRequestClone:
						sent = true
						continue
					case mk == apis.HTTPRequestContext || slices.Contains(apis.HTTPRequestSetters, mk):
						continue
					}
					sel := ref.Parent().Node().(*ast.SelectorExpr)
					if _, isFunc := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func); isFunc {
						return false // another method of the request
					}
				}
				continue // s.req.Header, s.req.URL...
			}
			return false // read as a value: passed on, returned, copied
		}
		return true
	}()
	c.fieldSends[f] = ok && sent
	return ok && sent
}

// returnedGivenLater reports whether the request returned as the i-th
// result of the function at fn is given a context by every caller: fn
// declares an unexported function of the package, used only in calls
// whose i-th result is assigned to a local that is then given a context
// before any other use.
//
//	func (b *Backend) build(orig *http.Request) (*http.Request, error) {
//		req, err := http.NewRequest(orig.Method, b.url, nil)
//		...
//		return req, err
//	}
//	req, err := b.build(orig)
//	resp, err := b.client.Do(req.WithContext(ctx))
func (c *checker) returnedGivenLater(fn inspector.Cursor, i, depth int) bool {
	d, ok := fn.Node().(*ast.FuncDecl)
	if !ok || depth > 4 {
		return false
	}
	f, ok := c.pass.TypesInfo.Defs[d.Name].(*types.Func)
	if !ok || f.Exported() {
		return false // other packages may call it
	}
	uses := c.refsOf(f)
	if len(uses) == 0 {
		return false
	}
	for _, u := range uses {
		ref := refExpr(u)
		if k, _ := ref.ParentEdge(); k != edge.CallExpr_Fun {
			return false
		}
		call := ref.Parent()
		k, _ := call.ParentEdge()
		as, ok := call.Parent().Node().(*ast.AssignStmt)
		if k != edge.AssignStmt_Rhs || !ok || len(as.Rhs) != 1 || i >= len(as.Lhs) {
			return false
		}
		id, ok := ast.Unparen(as.Lhs[i]).(*ast.Ident)
		if !ok {
			return false
		}
		obj := c.pass.TypesInfo.ObjectOf(id)
		caller, ok := astx.EnclosingFunc(call)
		if obj == nil || !ok || !c.givenLater(caller, obj, call.Node().End(), depth+1) {
			return false
		}
	}
	return true
}

// handedWithCtx reports whether the call at cc, given a request as its
// i-th argument, may give that request a context: the callee's body,
// where the package has it (a function of the package or a function
// literal held by a local), gives its request parameter a context with
// WithContext or Clone, or hands it on to a call that may. A callee whose
// body is not at hand is trusted when the call hands it a context too.
//
//	keep := func(r *http.Request, _ context.Context) *http.Request { return r }
//	req = keep(req, ctx) // the request still has no context
func (c *checker) handedWithCtx(cc inspector.Cursor, i, depth int) bool {
	call := cc.Node().(*ast.CallExpr)
	info := c.pass.TypesInfo
	withCtx := false
	for _, a := range call.Args {
		if ctxscope.IsContext(info.TypeOf(a)) {
			withCtx = true
		}
	}
	if depth > 4 || call.Ellipsis.IsValid() {
		return withCtx
	}
	var ft *ast.FuncType
	var body *ast.BlockStmt
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.FuncLit:
		ft, body = f.Type, f.Body
	case *ast.Ident:
		if lit, ok := astx.SingleDef(info, cc, f).(*ast.FuncLit); ok {
			ft, body = lit.Type, lit.Body
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			return withCtx // T.M(recv, ...): the arguments are shifted
		}
	}
	if body == nil {
		if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
			if d := c.decls[fn.Origin()]; d != nil {
				ft, body = d.Type, d.Body
			}
		}
	}
	if body == nil {
		return withCtx // not at hand: trusted with a context
	}
	param := paramAt(info, ft, i)
	if param == nil {
		return withCtx
	}
	bc, ok := c.ins.Root().FindNode(body)
	if !ok {
		return withCtx
	}
	for uc := range bc.Preorder((*ast.Ident)(nil)) {
		if id := uc.Node().(*ast.Ident); id.Name != param.Name() || info.Uses[id] != param {
			continue
		}
		switch k, j := uc.ParentEdge(); k {
		case edge.SelectorExpr_X:
			if k2, _ := uc.Parent().ParentEdge(); k2 == edge.CallExpr_Fun {
				if mk := c.idx.Key(uc.Parent().Parent().Node().(*ast.CallExpr)); mk == apis.HTTPRequestWithCtx || mk == apis.HTTPRequestClone {
					return true
				}
			}
		case edge.CallExpr_Args:
			if c.handedWithCtx(uc.Parent(), j, depth+1) {
				return true
			}
		}
	}
	return false
}

// paramAt returns the variable of the i-th parameter of the function
// type ft, or nil if it has no name (or is variadic there).
func paramAt(info *types.Info, ft *ast.FuncType, i int) *types.Var {
	if ft == nil || ft.Params == nil {
		return nil
	}
	n := 0
	for _, f := range ft.Params.List {
		if _, variadic := f.Type.(*ast.Ellipsis); variadic {
			return nil
		}
		names := max(len(f.Names), 1)
		if i < n+names {
			if len(f.Names) == 0 {
				return nil
			}
			v, _ := info.Defs[f.Names[i-n]].(*types.Var)
			return v
		}
		n += names
	}
	return nil
}
