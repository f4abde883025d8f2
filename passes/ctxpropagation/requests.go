package ctxpropagation

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

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
	if !ok && !c.cfg.Strict {
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
	if !ok && !c.cfg.Strict {
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
	if !ok && !c.cfg.Strict {
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
	info := c.pass.TypesInfo
	obj := info.ObjectOf(id)
	if obj == nil {
		return false
	}
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	// The first use of the request after the call decides: a receiver of
	// WithContext/Clone gives it a context; passing it on or returning it
	// uses it without one. Field accesses (req.Header) are neutral.
	for uc := range fn.Preorder((*ast.Ident)(nil)) {
		u := uc.Node().(*ast.Ident)
		if u.Pos() <= call.End() || info.Uses[u] != obj {
			continue
		}
		if k, _ := uc.ParentEdge(); k == edge.SelectorExpr_X {
			sel := uc.Parent().Node().(*ast.SelectorExpr)
			if k2, _ := uc.Parent().ParentEdge(); k2 == edge.CallExpr_Fun {
				mk := c.idx.Key(uc.Parent().Parent().Node().(*ast.CallExpr))
				if mk == apis.HTTPRequestWithCtx || mk == apis.HTTPRequestClone {
					return true
				}
				if mk == apis.HTTPRequestContext {
					continue
				}
				if _, isFunc := info.Uses[sel.Sel].(*types.Func); isFunc {
					return false // another method of the request
				}
			}
			continue // req.Header, req.URL...
		}
		switch k, _ := uc.ParentEdge(); k {
		case edge.AssignStmt_Lhs:
			continue // req = ... again
		case edge.CallExpr_Args:
			// Handed to a function together with a context, as in
			// client.Do(ctx, req): the callee gives it the context.
			for _, a := range uc.Parent().Node().(*ast.CallExpr).Args {
				if ctxscope.IsContext(info.TypeOf(a)) {
					return true
				}
			}
		}
		return false
	}
	return false
}
