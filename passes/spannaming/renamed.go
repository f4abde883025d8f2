package spannaming

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/flowx"
)

// renamedLater reports whether the span that the Start call of cs starts
// with an empty name gets its name from Span.SetName on every path before
// it ends: the operation is known only once the request is decoded.
//
//	var span trace.Span
//	defer func() { span.SetName(command); span.End() }()
//	...
//	ctx, span = tracer.Start(ctx, "")
//
// The span must be held in a variable. Along the paths from the Start, a
// SetName on the variable (or a deferred call of it, which runs at the
// return) names the span; an End first, or another value put in the
// variable, leaves it unnamed; a return names it only when a closure
// deferred before the Start on every path (flowx.DeferredBefore) renames
// the variable, which it reads when it runs. A span handed elsewhere, to
// be named by a helper, is not followed: the name stays reported.
func (c *checker) renamedLater(cs callSite) bool {
	if c.idx.Key(cs.call) != apis.TracerStart || !cs.cur.Valid() {
		return false
	}
	// ctx, span := tracer.Start(ctx, "")
	as, ok := cs.cur.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 || as.Rhs[0] != cs.call {
		return false
	}
	v := astx.IdentVar(c.pass.TypesInfo, as.Lhs[1])
	if v == nil {
		return false
	}
	var fn ast.Node
	for f := range cs.cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = f.Node()
		break
	}
	if c.graphs == nil {
		c.graphs = flowx.NewGraphs(c.pass.TypesInfo, c.pass.Files)
	}
	g := c.graphs.Of(fn)
	start, from, ok := flowx.Locate(g, as)
	if !ok {
		return false
	}
	atReturn := slices.ContainsFunc(flowx.DeferredBefore(g, as), func(d *ast.DeferStmt) bool {
		return c.setsName(d, v)
	})
	named := true
	flowx.Walk(start, from, func(_ *cfg.Block, _ int, n ast.Node) bool {
		switch {
		case !named || n == as:
			return false // settled, or a loop: the next span is judged by itself
		case c.setsName(n, v):
			return false
		case c.endsNow(n, v) || slices.Contains(flowx.Assigned(c.pass.TypesInfo, n), v):
			named = false
			return false
		}
		return !c.graphs.StmtNoReturn(n)
	}, func(*ast.ReturnStmt) {
		named = named && atReturn
	})
	return named
}

// setsName reports whether the statement n calls SetName on the span
// variable v, outside function literals except the one a defer statement
// calls: "defer func() { span.SetName(op) }()" names it at the return.
func (c *checker) setsName(n ast.Node, v *types.Var) bool {
	_, deferred := n.(*ast.DeferStmt)
	return c.callsOn(n, v, deferred, apis.SpanSetName)
}

// endsNow reports whether the statement n ends the span variable v now:
// a deferred End runs at the return, after the rest of the path.
func (c *checker) endsNow(n ast.Node, v *types.Var) bool {
	if _, ok := n.(*ast.DeferStmt); ok {
		return false
	}
	return c.callsOn(n, v, false, apis.SpanEnd)
}

// callsOn reports whether n holds a call of the span method key on the
// variable v; lits says whether to look inside function literals.
func (c *checker) callsOn(n ast.Node, v *types.Var, lits bool, key string) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return lits && !found
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && c.idx.Is(x, key) && astx.IdentVar(c.pass.TypesInfo, sel.X) == v {
				found = true
			}
		}
		return !found
	})
	return found
}
