package spanend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// Span wrapper types: a project's own span type that holds a trace.Span in
// a field and forwards End and SetStatus to it.
//
//	type Span struct{ span trace.Span }
//
//	func (s *Span) End() { s.span.End() }
//
//	func StartSpan(ctx context.Context, name string) (context.Context, *Span) {
//		ctx, span := tracer.Start(ctx, name)
//		return ctx, &Span{span: span}
//	}
//
// The facts of the wrapper's methods say what they do with the span they
// hold (paramUse with index recvIndex); a function that starts a span and
// returns it in a wrapper whose methods end it gets the Start fact, so its
// callers are checked as if they called Tracer.Start, and the wrapper's
// methods count as ending or marking the span at their call sites.

// recvIndex is the paramUse index of a method's receiver.
const recvIndex = -1

// spanField returns the field of the struct type under t (or under the
// type t points to) that holds a trace.Span, named or embedded, or nil. Only
// named types are wrappers.
func (c *checker) spanField(t types.Type) *types.Var {
	if t == nil {
		return nil
	}
	if _, ok := types.Unalias(astx.Deref(t)).(*types.Named); !ok {
		return nil
	}
	st, ok := astx.Deref(t).Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for f := range st.Fields() {
		if c.isSpan(f.Type()) {
			return f
		}
	}
	return nil
}

// isWrapper reports whether t is a span wrapper type: it holds a span, and
// one of its methods ends it (or the span's End is promoted to it).
func (c *checker) isWrapper(t types.Type) bool {
	field := c.spanField(t)
	if field == nil {
		return false
	}
	if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "End"); obj != nil {
		if fn, ok := obj.(*types.Func); ok && c.idx.FuncKey(fn) == apis.SpanEnd {
			return true // the span's own End, promoted from the embedded field
		}
	}
	ms := types.NewMethodSet(types.NewPointer(astx.Deref(t)))
	for sel := range ms.Methods() {
		fn, _ := sel.Obj().(*types.Func)
		if f := c.factOf(fn); f != nil {
			if pu := f.param(recvIndex); pu != nil && pu.Ends {
				return true
			}
		}
	}
	return false
}

// receiverUse works out what the method fn, declared at fc, does with the
// span its wrapper receiver holds: calls of End, SetStatus(codes.Error, ...)
// and RecordError on the span field, anywhere in the method.
func (c *checker) receiverUse(fn *types.Func, fc inspector.Cursor) *paramUse {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil
	}
	recv := sig.Recv()
	field := c.spanField(recv.Type())
	if field == nil || recv.Name() == "" || recv.Name() == "_" {
		return nil
	}
	info := c.pass.TypesInfo
	pu := &paramUse{Index: recvIndex, Name: recv.Name()}
	for cur := range fc.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		// s.span.End(), or s.End() promoted from an embedded span
		held := false
		switch x := ast.Unparen(sel.X).(type) {
		case *ast.SelectorExpr:
			s, ok := info.Selections[x]
			held = ok && s.Kind() == types.FieldVal && s.Obj() == field && astx.IdentVar(info, x.X) == recv
		case *ast.Ident:
			held = field.Embedded() && astx.IdentVar(info, x) == recv
		}
		if !held {
			continue
		}
		switch {
		case c.idx.Is(call, apis.SpanEnd):
			pu.Ends = true
		case c.idx.Is(call, apis.SpanSetStatus):
			pu.Status = pu.Status || (len(call.Args) > 0 && c.isErrorCode(call.Args[0]))
		case c.idx.Is(call, apis.SpanRecordError):
			pu.Record = true
		}
	}
	if !pu.Ends && !pu.Status && !pu.Record {
		return nil
	}
	return pu
}

// wrapsStarted reports whether the function fc returns, as result k, a
// wrapper holding a span it started and did not end:
//
//	ctx, span := tracer.Start(ctx, name)
//	return ctx, &Span{span: span}
func (c *checker) wrapsStarted(fc inspector.Cursor, body *ast.BlockStmt, sig *types.Signature, k int) bool {
	if !c.isWrapper(sig.Results().At(k).Type()) {
		return false
	}
	n := sig.Results().Len()
	for _, cr := range c.creations(fc) {
		v := cr.spanVar(c)
		if v == nil || !local(v, body) {
			continue
		}
		if c.track(fc, body, v, nil).union(cr.stmt)&(evEnd|evEndDeferred) != 0 {
			continue
		}
		for cur := range fc.Preorder((*ast.ReturnStmt)(nil)) {
			ret := cur.Node().(*ast.ReturnStmt)
			if in, _ := astx.EnclosingFunc(cur); len(ret.Results) != n || in != fc {
				continue
			}
			found := false
			ast.Inspect(ret.Results[k], func(x ast.Node) bool {
				if id, ok := x.(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
					found = true
				}
				return !found
			})
			if found {
				return true
			}
		}
	}
	return false
}

// methodEvents says what calling the wrapper method fn does to the span
// its receiver holds, by fn's fact; a method value (end := s.End) counts
// as ending it.
func (c *checker) methodEvents(fn *types.Func, called bool) events {
	f := c.factOf(fn.Origin())
	if f == nil {
		return 0
	}
	pu := f.param(recvIndex)
	if pu == nil {
		return 0
	}
	if !called {
		if pu.Ends {
			return evEnd
		}
		return 0
	}
	return pu.events()
}
