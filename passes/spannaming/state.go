package spannaming

import (
	"go/ast"
	"go/types"
	"strings"
	"sync"
	"unicode"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/ctxscope"
	"github.com/otellint/otellint/internal/reqscope"
)

// stateValue reports whether e, a non-constant part of a span name, is
// read from the program's own state rather than from what the call was
// given: a value of the receiver (a field, a method of it or of a field:
// s.name, s.vtx.Name()), or a field of a parameter that is not request
// data (a schema definition, a configuration: def.Relation,
// ttu.GetTupleset().GetRelation(), a getter being a field read).
//
//	func (op *stepOp) Load(ctx context.Context) { tracer.Start(ctx, "load "+op.vtx.Name()) }
//	func walk(ctx context.Context, def *pb.Rewrite) { tracer.Start(ctx, def.GetFrom().GetRelation()+"->"+def.Target) }
//
// Such a name names a component or a definition the program chose: its
// values come from a bounded set in most programs (a pipeline's steps, a
// schema's relations), unlike a per-call value such as an id parameter,
// a request's field or a value computed by a call (ref.String()). A field
// or getter whose name says it identifies an instance (o.ID, s.jobID) is
// per-call whoever holds it, and is not state.
func (c *checker) stateValue(fd *ast.FuncDecl, e ast.Expr) bool {
	if fd == nil || e == nil {
		return false
	}
	info := c.pass.TypesInfo
	var sels []*ast.SelectorExpr // the field reads, outermost first
	method := false
	x := ast.Unparen(e)
loop:
	for {
		switch n := x.(type) {
		case *ast.SelectorExpr:
			s := info.Selections[n]
			if s == nil || s.Kind() != types.FieldVal {
				return false // a package selector, a method value
			}
			sels = append(sels, n)
			x = n.X
		case *ast.CallExpr:
			// x.Name() or a getter x.GetRelation(): a method of a value,
			// without arguments.
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok || len(n.Args) != 0 {
				return false
			}
			s := info.Selections[sel]
			if s == nil || s.Kind() != types.MethodVal {
				return false
			}
			if !getter(s) {
				method = true
			}
			sels = append(sels, sel)
			x = sel.X
		case *ast.StarExpr:
			x = n.X
		case *ast.ParenExpr:
			x = n.X
		default:
			break loop
		}
	}
	id, ok := x.(*ast.Ident)
	if !ok || len(sels) == 0 {
		return false
	}
	if identifies(sels[0].Sel.Name) {
		return false // o.ID, s.jobID, GetUUID(): one instance, not a kind
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	if isRecv(info, fd, v) {
		return true // the component's own state, set when it was built
	}
	// A parameter's fields: a definition passed in, unless it is what a
	// client sent. A method other than a getter computes a value (an
	// identifier's String()): not known to be a name.
	if method || !astx.IsParam(info, fd, v) {
		return false
	}
	return !c.requestData(fd, v.Type())
}

// getter reports whether the method selection s reads a field: the
// generated getter of a protobuf message field (GetX on a message with a
// field X), or a GetX method of an interface or a type parameter, as code
// that abstracts over such messages declares (interface{ GetRelation()
// string }).
func getter(s *types.Selection) bool {
	name := s.Obj().Name()
	field, ok := strings.CutPrefix(name, "Get")
	if !ok || field == "" || !unicode.IsUpper(rune(field[0])) {
		return false
	}
	sig := s.Obj().Type().(*types.Signature)
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	if types.IsInterface(s.Recv()) {
		return true
	}
	if !apis.IsProtoMessage(s.Recv()) {
		return false
	}
	st, ok := astx.Deref(s.Recv()).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if f.Name() == field {
			return true
		}
	}
	return false
}

// isRecv reports whether v is the receiver of fd.
func isRecv(info *types.Info, fd *ast.FuncDecl, v *types.Var) bool {
	if fd.Recv == nil {
		return false
	}
	for _, f := range fd.Recv.List {
		for _, n := range f.Names {
			if info.Defs[n] == v {
				return true
			}
		}
	}
	return false
}

// requestData reports whether a parameter of type t of fd holds what a
// client sent: any parameter of a handler (an HTTP handler, an RPC
// method, a message handler: internal/reqscope), a protobuf message that
// is an RPC's request, or a struct embedding one (a validated request
// wrapping the message).
func (c *checker) requestData(fd *ast.FuncDecl, t types.Type) bool {
	if p := c.reqs.Decl(fd); p.Kind == reqscope.Request && !p.Context {
		return true // func Consume(m Message, ...): m is what a producer sent
	}
	if c.rpcRequest(fd, t) {
		return true
	}
	st, ok := astx.Deref(t).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if f.Embedded() && c.rpcRequest(fd, f.Type()) {
			return true
		}
	}
	return false
}

// rpcRequest reports whether t is a protobuf message that is the request
// of an RPC: fd serves it (func(ctx, *Req) (*Resp, error)), or the
// message's package declares a service interface with a method taking it
// as its request, as generated gRPC clients and servers do:
//
//	Check(ctx context.Context, in *CheckRequest, opts ...grpc.CallOption) (*CheckResponse, error)
//	Watch(in *WatchRequest, stream Health_WatchServer) error
//
// A message that no RPC takes is a definition or a record passed down
// (a schema's relation, a configuration).
func (c *checker) rpcRequest(fd *ast.FuncDecl, t types.Type) bool {
	if !apis.IsProtoMessage(t) {
		return false
	}
	if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok && servesRequest(fn.Type().(*types.Signature), t) {
		return true
	}
	n, ok := types.Unalias(astx.Deref(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	if r, ok := rpcRequests.Load(n.Obj()); ok {
		return r.(bool)
	}
	r := false
	scope := n.Obj().Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		iface, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for m := range iface.Methods() {
			if takesRequest(m.Type().(*types.Signature), t) {
				r = true
			}
		}
	}
	rpcRequests.Store(n.Obj(), r)
	return r
}

// rpcRequests caches rpcRequest's answer from the message's package by
// type name.
var rpcRequests sync.Map

// servesRequest reports whether sig is that of a unary handler of req:
// (ctx, req) (resp, error), or of a streaming one: (req, stream) error.
func servesRequest(sig *types.Signature, req types.Type) bool {
	if !takesRequest(sig, req) {
		return false
	}
	res := sig.Results()
	return res.Len() > 0 && types.Identical(res.At(res.Len()-1).Type(), types.Universe.Lookup("error").Type())
}

// takesRequest reports whether sig takes req as an RPC's request: right
// after a context (ctx, req, ...), or first and followed by a stream
// interface (req, stream).
func takesRequest(sig *types.Signature, req types.Type) bool {
	p := sig.Params()
	for i := range p.Len() {
		if !types.Identical(p.At(i).Type(), req) {
			continue
		}
		switch {
		case i > 0 && ctxscope.IsContext(p.At(i-1).Type()):
			return true
		case i == 0 && p.Len() == 2 && types.IsInterface(p.At(1).Type()):
			return true
		}
	}
	return false
}

// identifies reports whether a field or getter name says that its value
// identifies one instance: its last word is id, ids, uuid or guid (ID,
// jobID, GetUUID), whoever holds it.
func identifies(name string) bool {
	w := constval.Words(name)
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1] {
	case "id", "ids", "uuid", "guid":
		return true
	}
	return false
}
