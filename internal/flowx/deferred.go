package flowx

import (
	"go/ast"

	"golang.org/x/tools/go/cfg"
)

// Precedes reports whether every path from the entry of g to the node n
// passes the node first: first runs before n whenever n runs. It reports
// false when first is not a node of g.
func Precedes(g *cfg.CFG, first, n ast.Node) bool {
	if g == nil || len(g.Blocks) == 0 {
		return false
	}
	if _, _, ok := Locate(g, first); !ok {
		return false
	}
	reached := false
	Walk(g.Blocks[0], 0, func(_ *cfg.Block, _ int, m ast.Node) bool {
		if m == n {
			reached = true
		}
		return m != first && !reached
	}, func(*ast.ReturnStmt) {})
	return !reached
}

// DeferredBefore returns the deferred function literals of the function
// whose graph is g that are registered on every path before the node n:
//
//	var span trace.Span
//	defer func() { span.End() }() // registered before the Start
//	...
//	ctx, span = tracer.Start(ctx, "")
//
// Such a closure reads the variables it captures when the function
// returns, so it acts on what they hold then, whatever n put there. A
// deferred call that is not a literal ("defer span.End()") evaluates its
// receiver and arguments when it is registered, before n: it does not
// count.
func DeferredBefore(g *cfg.CFG, n ast.Node) []*ast.DeferStmt {
	if g == nil {
		return nil
	}
	var out []*ast.DeferStmt
	for _, b := range g.Blocks {
		if !b.Live {
			continue
		}
		for _, m := range b.Nodes {
			d, ok := m.(*ast.DeferStmt)
			if !ok || d.Pos() > n.Pos() {
				continue // later in the source: short of a goto, it cannot run first
			}
			if _, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit); ok && Precedes(g, d, n) {
				out = append(out, d)
			}
		}
	}
	return out
}
