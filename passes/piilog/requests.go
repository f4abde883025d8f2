package piilog

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
)

// What else a value logged whole can be: a whole HTTP request dumped as
// text, the whole request of a remote call.
const (
	fromDump = "dump"
	fromRPC  = "RPC request"
)

// A wholeResult says what a function of the package returns: a request
// dump (kind fromDump), or the text of its parameter param written whole
// (fmt.Sprintf("%+v", req), json.Marshal(req)), whatever the caller gives.
type wholeResult struct {
	kind  string
	param int
}

// noteRPCRequests marks, before the walk, the parameters that hold the
// whole request of a remote call (see [checker.rpcRequestParam]), and
// then the parameters of the package's functions given one at a call:
//
//	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
//		defer logDuration(ctx, req) // logDuration's req is the request too
func (c *checker) noteRPCRequests() {
	// The interceptor's signature names a grpc type, the handler's
	// expected type is go-kratos's middleware or grpc's: the package
	// imports one of them itself.
	if !c.idx.ImportsDirectly(apis.GRPCPkg, apis.KratosMWPkg) {
		return
	}
	for cur := range c.ins.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if v := c.rpcRequestParam(cur); v != nil {
			c.decoded[v] = fromRPC
			c.wholeFuncs = true
		}
	}
	if !c.wholeFuncs {
		return
	}
	// A request handed on to a function of the package is its parameter
	// there: a few rounds follow it down a chain of helpers.
	for range 3 {
		changed := false
		for _, cl := range c.idx.Calls() {
			call, fn := cl.Node(), cl.Fn
			if fn.Pkg() != c.pass.Pkg || call.Ellipsis.IsValid() {
				continue
			}
			params := fn.Origin().Signature().Params()
			for i, a := range call.Args {
				if i >= params.Len() || c.decodedBody(a) != fromRPC {
					continue
				}
				if p := params.At(i); c.decoded[p] == "" && isEmptyInterface(p.Type()) {
					c.decoded[p] = fromRPC
					changed = true
				}
			}
		}
		if !changed {
			return
		}
	}
}

// rpcRequestParam returns the parameter of the function at cur that holds
// the whole request of a remote call, as its caller sent it, or nil: the
// req parameter (the first of type any) of a grpc unary server or client
// interceptor (a function taking a *grpc.UnaryServerInfo or a
// grpc.UnaryInvoker), or of a
// function literal given where a handler of a remote call is expected
// (go-kratos's middleware.Handler, grpc.UnaryHandler).
func (c *checker) rpcRequestParam(cur inspector.Cursor) *types.Var {
	ftype := astx.FuncType(cur.Node())
	if ftype == nil || ftype.Params == nil {
		return nil
	}
	var params []*types.Var
	rpc := false
	for _, f := range ftype.Params.List {
		t := c.pass.TypesInfo.TypeOf(f.Type)
		if t != nil && apis.IsTypeIn(t, apis.RPCInterceptorParams) {
			rpc = true
		}
		for _, name := range f.Names {
			if v, ok := c.pass.TypesInfo.Defs[name].(*types.Var); ok {
				params = append(params, v)
			}
		}
	}
	if !rpc {
		if _, ok := cur.Node().(*ast.FuncLit); !ok {
			return nil
		}
		if t := c.expectedType(cur); t == nil || !apis.IsTypeIn(t, apis.RPCHandlerTypes) {
			return nil
		}
	}
	for _, v := range params {
		if isEmptyInterface(v.Type()) {
			return v
		}
	}
	return nil
}

// expectedType returns the type that the expression at cur is given as:
// the result type it is returned as, the parameter it is passed to, the
// type it is converted to, the variable it is assigned to; nil elsewhere.
func (c *checker) expectedType(cur inspector.Cursor) types.Type {
	info := c.pass.TypesInfo
	switch k, i := cur.ParentEdge(); k {
	case edge.ReturnStmt_Results:
		fn, ok := astx.EnclosingFunc(cur.Parent())
		if !ok {
			return nil
		}
		var sig *types.Signature
		switch n := fn.Node().(type) {
		case *ast.FuncDecl:
			if f, ok := info.Defs[n.Name].(*types.Func); ok {
				sig = f.Signature()
			}
		case *ast.FuncLit:
			sig, _ = info.TypeOf(n).(*types.Signature)
		}
		if sig != nil && len(cur.Parent().Node().(*ast.ReturnStmt).Results) == sig.Results().Len() {
			return sig.Results().At(i).Type()
		}
	case edge.CallExpr_Args:
		call := cur.Parent().Node().(*ast.CallExpr)
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			return tv.Type
		}
		sig, ok := types.Unalias(info.TypeOf(call.Fun)).(*types.Signature)
		if !ok {
			return nil
		}
		n := sig.Params().Len()
		switch {
		case sig.Variadic() && i >= n-1 && !call.Ellipsis.IsValid():
			if s, ok := sig.Params().At(n - 1).Type().(*types.Slice); ok {
				return s.Elem()
			}
		case i < n:
			return sig.Params().At(i).Type()
		}
	case edge.AssignStmt_Rhs, edge.ValueSpec_Values:
		if lhs := astx.AssignedTo(cur); lhs != nil {
			return info.TypeOf(lhs)
		}
		if vs, ok := cur.Parent().Node().(*ast.ValueSpec); ok && vs.Type != nil {
			return info.TypeOf(vs.Type)
		}
	}
	return nil
}

// calledWhole returns what a call of a function of the package returns
// when it is a whole value that piilog reports: a request dump
// (dumpRequest(r) returning string(dump)), or the text of its argument
// written whole when that argument is one (extractArgs(req) returning
// fmt.Sprintf("%+v", req) for the request of a remote call).
func (c *checker) calledWhole(call *ast.CallExpr) string {
	if !c.wholeFuncs {
		return ""
	}
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() != c.pass.Pkg || call.Ellipsis.IsValid() {
		return ""
	}
	r := c.wholeResultOf(fn.Origin())
	switch {
	case r.kind != "":
		return r.kind
	case r.param >= 0 && r.param < len(call.Args):
		return c.wholeKind(call.Args[r.param])
	}
	return ""
}

// wholeResultOf returns what fn, declared in the package, returns (see
// [wholeResult]); param is -1 when it returns no parameter's text.
func (c *checker) wholeResultOf(fn *types.Func) wholeResult {
	if r, ok := c.results[fn]; ok {
		return r
	}
	r := wholeResult{param: -1}
	c.results[fn] = r // a recursive call finds nothing
	decl := c.declOf(fn)
	if decl == nil || decl.Body == nil {
		return r
	}
	params := fn.Signature().Params()
	info := c.pass.TypesInfo
	// dumps are the locals given a request dump, texts those given a
	// parameter's text (content, _ := json.Marshal(req)).
	dumps := map[types.Object]bool{}
	texts := map[types.Object]int{}
	// whole returns what e is: a dump, or the text of a parameter.
	whole := func(e ast.Expr) wholeResult {
		e = astx.Unconvert(info, e)
		if id, ok := e.(*ast.Ident); ok {
			if obj := info.Uses[id]; obj != nil {
				if dumps[obj] {
					return wholeResult{kind: fromDump, param: -1}
				}
				if i, ok := texts[obj]; ok {
					return wholeResult{param: i}
				}
			}
			return wholeResult{param: -1}
		}
		call, ok := e.(*ast.CallExpr)
		if !ok {
			return wholeResult{param: -1}
		}
		callee := apis.Callee(info, call)
		switch {
		case callee == nil:
		case apis.IsRequestDump(callee):
			return wholeResult{kind: fromDump, param: -1}
		case apis.IsEncoder(callee) && len(call.Args) > 0:
			return wholeResult{param: paramIndex(info, params, call.Args[0])}
		case apis.RawKeyIn(callee, apis.FmtSprint) && apis.RawKey(callee) != apis.FmtErrorf:
			return wholeResult{param: c.formattedParam(params, call, apis.RawKey(callee) == apis.FmtSprintf)}
		}
		return wholeResult{param: -1}
	}
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && len(n.Lhs) > 0 {
				if obj := c.objectOf(n.Lhs[0]); obj != nil {
					if w := whole(n.Rhs[0]); w.kind != "" {
						dumps[obj] = true
					} else if w.param >= 0 {
						texts[obj] = w.param
					}
				}
			}
		case *ast.ReturnStmt:
			if len(n.Results) > 0 && r.kind == "" && r.param < 0 {
				r = whole(n.Results[0])
			}
		}
		return true
	})
	c.results[fn] = r
	return r
}

// formattedParam returns the index of the parameter that a fmt.Sprint
// call writes whole (any verb of a Sprintf format but %T and %p), or -1.
func (c *checker) formattedParam(params *types.Tuple, call *ast.CallExpr, printf bool) int {
	info := c.pass.TypesInfo
	if !printf {
		for _, a := range call.Args {
			if i := paramIndex(info, params, a); i >= 0 {
				return i
			}
		}
		return -1
	}
	if len(call.Args) < 2 {
		return -1
	}
	f, ok := constval.String(info, call.Args[0])
	if !ok {
		return -1
	}
	verbs, ok := parseFormat(f)
	if !ok {
		return -1
	}
	for _, v := range verbs {
		if v.verb == 'T' || v.verb == 'p' || v.arg+1 >= len(call.Args) {
			continue
		}
		if i := paramIndex(info, params, call.Args[v.arg+1]); i >= 0 {
			return i
		}
	}
	return -1
}

// paramIndex returns the index among params of the parameter of type any
// that e names, or -1: only a value of any type is written whole whatever
// the caller gives.
func paramIndex(info *types.Info, params *types.Tuple, e ast.Expr) int {
	v := astx.IdentVar(info, e)
	if v == nil {
		return -1
	}
	for i := range params.Len() {
		if params.At(i) == v && isEmptyInterface(v.Type()) {
			return i
		}
	}
	return -1
}

// declOf returns the declaration of fn in the package's files, or nil.
func (c *checker) declOf(fn *types.Func) *ast.FuncDecl {
	if c.decls == nil {
		c.decls = map[*types.Func]*ast.FuncDecl{}
		for _, f := range c.pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					if obj, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						c.decls[obj] = fd
					}
				}
			}
		}
	}
	return c.decls[fn.Origin()]
}

// isEmptyInterface reports whether t is any or interface{}.
func isEmptyInterface(t types.Type) bool {
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.NumMethods() == 0
}

// A textWrite is a whole value written to a text being built: its kind,
// where it was written, and the block the write is in.
type textWrite struct {
	kind       string
	pos        token.Pos
	start, end token.Pos
}

// noteTextWrite records a text being built (a bytes.Buffer or a
// strings.Builder) that is written a whole value of a kind piilog
// reports, as it is or through fmt.Sprint: its text holds that value
// where the write's block runs on (see [checker.builtText]).
//
//	buf.WriteString(fmt.Sprintf("\n%s", dumpRequest(r)))
//	logger.Error(buf.String())
func (c *checker) noteTextWrite(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	if fn == nil || len(call.Args) != 1 || !c.idx.Is(call, apis.TextWrites...) {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	obj := c.objectOf(astx.Unaddress(sel.X))
	if obj == nil {
		return
	}
	kind := c.wholeIn(call.Args[0])
	if kind == "" {
		return
	}
	for b := range cur.Enclosing((*ast.BlockStmt)(nil), (*ast.CaseClause)(nil), (*ast.CommClause)(nil)) {
		c.texts[obj] = append(c.texts[obj], textWrite{kind: kind, pos: call.End(), start: b.Node().Pos(), end: b.Node().End()})
		return
	}
}

// wholeIn returns the kind of a whole value that e is or that a fmt.Sprint
// call writes among its operands (see [checker.wholeKind]), or "".
func (c *checker) wholeIn(e ast.Expr) string {
	if kind := c.wholeKind(e); kind != "" {
		return kind
	}
	if kind := c.encodedBody(e); kind != "" {
		return kind
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return ""
	}
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil || !apis.RawKeyIn(fn, apis.FmtSprint) || call.Ellipsis.IsValid() {
		return ""
	}
	for _, a := range call.Args {
		if kind := c.wholeIn(a); kind != "" {
			return kind
		}
	}
	return ""
}

// builtText returns the kind of a whole value written to the text whose
// String or Bytes call is e, earlier in a block that holds the call (see
// [checker.noteTextWrite]), or "". A write in a branch (if the request
// failed) does not reach a read after the branch, which may run without
// it.
func (c *checker) builtText(call *ast.CallExpr) string {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 0 {
		return ""
	}
	obj := c.objectOf(astx.Unaddress(sel.X))
	if obj == nil || len(c.texts[obj]) == 0 {
		return ""
	}
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil || !apis.RawKeyIn(fn, apis.TextReads) {
		return ""
	}
	for _, w := range c.texts[obj] {
		if call.Pos() >= w.pos && call.End() <= w.end && call.Pos() >= w.start {
			return w.kind
		}
	}
	return ""
}
