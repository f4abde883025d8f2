package ctxpropagation

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/ctxscope"
	"github.com/otellint/otellint/internal/reqscope"
)

// Goroutine lifetime: whether code runs after the function that holds the
// caller's context has returned (a goroutine, a timer callback, a returned
// closure, a deferred call) or once per tick of a loop. There the caller's
// cancellation no longer fits, and the fix keeps the trace with
// context.WithoutCancel instead.

// outlives reports whether code at cur runs after its function returns:
// in a go statement (its function literal or its arguments), in a
// function literal given to time.AfterFunc, or in a function literal that
// is returned.
//
// Only a source declared outside that code counts: a goroutine's own
// context parameter is the one it was given on purpose.
func outlives(idx *apis.Index, cur inspector.Cursor, src ctxscope.Source) bool {
	outside := func(n ast.Node) bool {
		p := src.Obj.Pos()
		return p < n.Pos() || p >= n.End()
	}
	for c := range cur.Enclosing((*ast.GoStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := c.Node().(type) {
		case *ast.GoStmt:
			return outside(n) && !joined(idx, c)
		case *ast.FuncDecl:
			return false
		case *ast.FuncLit:
			switch k, _ := c.ParentEdge(); k {
			case edge.CallExpr_Fun:
				continue // called in place: look further out
			case edge.CallExpr_Args:
				return idx.Key(c.Parent().Node().(*ast.CallExpr)) == apis.TimeAfterFunc && outside(n)
			case edge.ReturnStmt_Results:
				return outside(n)
			default:
				return false
			}
		}
	}
	return false
}

// joined reports whether the goroutine of the go statement at gc is
// waited for before its function returns: a sync.WaitGroup's Wait is
// called after the go statement in the function that runs it (the
// WaitGroup that Add counts it in, in the usual shape). Such a goroutine
// lives within the caller's call, so the caller's context fits it.
func joined(idx *apis.Index, gc inspector.Cursor) bool {
	for fc := range gc.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		for call := range fc.Preorder((*ast.CallExpr)(nil)) {
			if call.Node().Pos() > gc.Node().End() && idx.Key(call.Node().(*ast.CallExpr)) == apis.SyncWaitGroupWait {
				return true
			}
		}
		return false
	}
	return false
}

// setup reports whether cur lies in a function that sets up or starts a
// component: New*, Init* and the other set-up names of reqscope, Start*,
// and the whole names of lifecycle. The goroutines such a function starts
// run for the component's lifetime and should not join the trace of the
// set-up call.
//
// These are the program's own function names, not a library's API, so
// they are not in internal/apis: no object marks "the function that
// starts a component", and its body has a handler's shape (a context
// parameter, a go statement), so Go's naming convention for constructors
// and lifecycle methods is the only sign there is.
func setup(cur inspector.Cursor) bool {
	if fd := astx.EnclosingDecl(cur); fd != nil {
		name := fd.Name.Name
		startX := len(name) > 5 && strings.EqualFold(name[:5], "start") && unicode.IsUpper(rune(name[5]))
		return reqscope.IsSetupName(name) || lifecycle[strings.ToLower(name)] || startX
	}
	return false
}

// lifecycle are the whole names, lower-cased, of the methods that run a
// component (Run, Start, Serve, ListenAndServe, Execute).
var lifecycle = map[string]bool{"run": true, "start": true, "serve": true, "listenandserve": true, "execute": true}

// deferred reports whether cur lies in the arguments of a defer statement
// or in a function literal it calls, in the same function.
func (c *checker) deferred(cur inspector.Cursor) bool {
	for dc := range cur.Enclosing((*ast.DeferStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch dc.Node().(type) {
		case *ast.DeferStmt:
			return true
		case *ast.FuncLit:
			if k, _ := dc.ParentEdge(); k == edge.CallExpr_Fun {
				continue // defer func() { ... }()
			}
			return false
		default:
			return false
		}
	}
	return false
}

// tickerLoop reports whether cur lies in the body of a loop driven by a
// ticker, in the same function: for range ticker.C, for range
// time.Tick(d), or a select case receiving from ticker.C.
func (c *checker) tickerLoop(cur inspector.Cursor) bool {
	for lc := range cur.Enclosing((*ast.RangeStmt)(nil), (*ast.CommClause)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := lc.Node().(type) {
		case *ast.RangeStmt:
			if c.isTickerChan(n.X) {
				return true
			}
		case *ast.CommClause:
			var recv ast.Expr
			switch s := n.Comm.(type) {
			case *ast.ExprStmt:
				recv = s.X
			case *ast.AssignStmt:
				if len(s.Rhs) == 1 {
					recv = s.Rhs[0]
				}
			}
			if u, ok := ast.Unparen(recv).(*ast.UnaryExpr); ok && u.Op == token.ARROW && c.isTickerChan(u.X) {
				return true
			}
		default:
			return false
		}
	}
	return false
}

// isTickerChan reports whether e is the C field of a time.Ticker or a
// call of time.Tick.
func (c *checker) isTickerChan(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return c.idx.Key(e) == apis.TimeTick
	case *ast.SelectorExpr:
		v, ok := c.pass.TypesInfo.Uses[e.Sel].(*types.Var)
		return ok && c.idx.IsField(v, apis.TimeTickerC)
	}
	return false
}
