package ctxscope

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/otellint/otellint/internal/apis"
)

// Waits tells whether a function uses a context parameter only to wait:
// to read its Done channel, Err or Deadline, to give it to a wait helper
// (context.AfterFunc, exec.CommandContext), or to hand it to another
// function that only waits on it. Such a function starts no span, sends
// no request and logs nothing with the context, so which span the
// context carries changes nothing in it.
//
//	func trySend[T any](ctx context.Context, msg T, ch chan<- T) bool {
//		select {
//		case <-ctx.Done():
//			return false
//		case ch <- msg:
//			return true
//		}
//	}
//
// Callee answers for the functions it calls: whether fn uses its i-th
// parameter only to wait (a fact for another package's function, Waits
// itself for one of the package).
//
// With Values set, a read of a value (ctx.Value(key)) counts as a wait
// too: the question is then whether the function could tell a context
// from the one a span was started from, which only the trace package's
// own key tells apart ([apis.ContextValue]). A function that reads a
// request's values is not blind to a fresh root, so Values is only for
// that question.
type Waits struct {
	Info   *types.Info
	Idx    *apis.Index
	Callee func(fn *types.Func, i int) bool
	Values bool
}

// Param reports whether the function whose declaration is at decl uses
// the context parameter v only to wait. It must be used: a function
// that ignores its context (a stub, a placeholder to be filled in) says
// nothing of what it will do with it, nor does a declaration without a
// body.
func (w *Waits) Param(decl inspector.Cursor, v *types.Var) bool {
	if decl.Inspector() == nil {
		return false // no declaration
	}
	fd, ok := decl.Node().(*ast.FuncDecl)
	if !ok || fd.Body == nil || !IsContext(v.Type()) {
		return false
	}
	used := false
	for cur := range decl.Preorder((*ast.Ident)(nil)) {
		if id := cur.Node().(*ast.Ident); id.Name != v.Name() || w.Info.Uses[id] != v {
			continue
		}
		if !w.waitUse(cur) {
			return false
		}
		used = true
	}
	return used
}

// waitUse reports whether the use of a context variable at cur only
// waits on it.
func (w *Waits) waitUse(cur inspector.Cursor) bool {
	for {
		k, _ := cur.ParentEdge()
		if k != edge.ParenExpr_X {
			break
		}
		cur = cur.Parent()
	}
	switch k, i := cur.ParentEdge(); k {
	case edge.SelectorExpr_X:
		// ctx.Done(), ctx.Err(), ctx.Deadline()
		if k2, _ := cur.Parent().ParentEdge(); k2 == edge.CallExpr_Fun {
			key := w.key(cur.Parent().Parent().Node().(*ast.CallExpr))
			return slices.Contains(apis.ContextWaitMethods, key) || w.Values && key == apis.ContextValue
		}
	case edge.CallExpr_Args:
		call := cur.Parent().Node().(*ast.CallExpr)
		if call.Ellipsis.IsValid() {
			return false
		}
		key := w.key(call)
		if slices.Contains(apis.ContextWaiters, key) {
			return true
		}
		if slices.Contains(apis.ContextLookups, key) {
			return false // reads the span itself (its own Value key)
		}
		fn, ok := typeutil.Callee(w.Info, call).(*types.Func)
		return ok && w.Callee != nil && w.Callee(fn.Origin(), i)
	}
	return false
}

// key returns the API key of the function called by call, or "".
func (w *Waits) key(call *ast.CallExpr) string {
	if fn, ok := typeutil.Callee(w.Info, call).(*types.Func); ok {
		return w.Idx.FuncKey(fn)
	}
	return ""
}

// WaitParams is what a pass's fact records of a function that uses some
// of its context parameters only to wait: their indexes. Each pass
// declares its own fact type around it (an analyzer's fact types are its
// own).
type WaitParams struct {
	// Params are the indexes of the context parameters used only to wait.
	Params []int
}

// String describes the parameters, as the passes' tests expect it.
func (w WaitParams) String() string {
	s := make([]string, len(w.Params))
	for i, p := range w.Params {
		s[i] = strconv.Itoa(p)
	}
	return "waits on parameter " + strings.Join(s, ",")
}
