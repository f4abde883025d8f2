package reqscope

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
)

// periodicOnlyCalled reports whether fn is an unexported function of the
// package whose every use (outside tests) is a call made on the tick of a
// timer loop in background code, given only contexts that carry no
// caller's trace (a fresh root, one derived from it, a field's):
//
//	func (h *Handler) runCleanup() {            // started by New: go h.runCleanup()
//		for {
//			select {
//			case <-ticker.C:
//				h.cleanup(context.Background()) // cleanup is a periodic job
//			case <-h.stop:
//				return
//			}
//		}
//	}
//
// Such a function runs once per interval, not once per request, whatever
// its parameters. A function that a handler also calls, or that the loop
// gives the caller's context, is not one. in.mu is held.
func (in *Info) periodicOnlyCalled(fn *types.Func) bool {
	if fn.Exported() {
		return false // other packages may call it from anywhere
	}
	if in.callers == nil {
		in.indexCallers()
	}
	uses := in.callers[fn.Origin()]
	if len(uses) == 0 {
		return false
	}
	for _, u := range uses {
		ref := u
		if e, _ := ref.ParentEdge(); e == edge.SelectorExpr_Sel {
			ref = ref.Parent()
		}
		if e, _ := ref.ParentEdge(); e != edge.CallExpr_Fun {
			return false // a function value: called who knows where
		}
		call := ref.Parent()
		if !in.freshContexts(call.Node().(*ast.CallExpr)) || !in.onTick(call) {
			return false
		}
	}
	return true
}

// freshContexts reports whether every context.Context argument of call
// carries no caller's trace.
func (in *Info) freshContexts(call *ast.CallExpr) bool {
	if in.ctxs == nil {
		in.ctxs = ctxscope.NewCarriers(in.pkg, in.info, in.idx, in.ins)
	}
	for _, a := range call.Args {
		if ctxscope.IsContext(in.info.TypeOf(a)) && in.ctxs.Expr(a) {
			return false
		}
	}
	return true
}

// onTick reports whether the call at cur runs on the ticks of a timer
// loop (a loop around a select case that receives from a time.Time
// channel, or a range over one) whose code is not request code:
//
//	for { select { case <-ticker.C: call(...) } }
//	for range time.Tick(d) { call(...) }
func (in *Info) onTick(cur inspector.Cursor) bool {
	tick := false
	child := cur
	for c := range cur.Parent().Enclosing() {
		switch n := c.Node().(type) {
		case *ast.CommClause:
			if e, _ := child.ParentEdge(); e == edge.CommClause_Body && in.timeRecv(n.Comm) {
				tick = true
			}
		case *ast.ForStmt:
			if tick && inLoopBody(child) {
				return in.background(c)
			}
		case *ast.RangeStmt:
			if inLoopBody(child) && (tick || apis.IsTimeChan(in.info.TypeOf(n.X))) {
				return in.background(c)
			}
		case *ast.FuncLit:
			if !isGoStmtCall(c) {
				return false // a callback: it runs when someone calls it
			}
		case *ast.FuncDecl:
			return false
		}
		child = c
	}
	return false
}

// timeRecv reports whether the communication of a select case receives
// from a time.Time channel: <-t.C, v := <-time.After(d).
func (in *Info) timeRecv(comm ast.Stmt) bool {
	var x ast.Expr
	switch s := comm.(type) {
	case *ast.ExprStmt:
		x = s.X
	case *ast.AssignStmt:
		if len(s.Rhs) == 1 {
			x = s.Rhs[0]
		}
	}
	u, ok := ast.Unparen(x).(*ast.UnaryExpr)
	return ok && u.Op == token.ARROW && apis.IsTimeChan(in.info.TypeOf(u.X))
}

// background reports whether the timer loop at loop runs outside request
// code: its function is not a handler, an RPC method or a message
// callback, and no event loop or handler closure encloses it.
func (in *Info) background(loop inspector.Cursor) bool {
	for c := range loop.Parent().Enclosing() {
		switch n := c.Node().(type) {
		case *ast.ForStmt:
			if n.Cond == nil {
				return false // a ticker per message
			}
		case *ast.RangeStmt:
			if t := in.info.TypeOf(n.X); t != nil {
				if _, ok := t.Underlying().(*types.Chan); ok {
					return false
				}
			}
		case *ast.FuncLit:
			if p, ok := in.litPlace(c, n); ok {
				return p.Kind != Request
			}
		case *ast.FuncDecl:
			return !in.requestShape(n)
		}
	}
	return true
}

// requestShape reports whether d has the shape of request code by its
// signature or name alone: an HTTP handler, an RPC method, a message
// callback.
func (in *Info) requestShape(d *ast.FuncDecl) bool {
	fn, _ := in.info.Defs[d.Name].(*types.Func)
	if fn == nil {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return false
	}
	return isHandlerSig(sig) || d.Recv != nil && d.Name.Name == "ServeHTTP" || isGRPCShape(sig) ||
		isConsumerName(d.Name.Name) && takesMessage(sig) && !takesHTTPHandler(sig)
}
