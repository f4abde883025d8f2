package flowx

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/astx"
)

// Walk visits each block once: enough for questions about whether some
// node is reached at all. WalkNil also carries the variables known to be
// nil on the path, learned from the branches taken, so a block is visited
// once per set of such variables; it answers questions that depend on the
// branch ("if err != nil { return err }": err is nil below it).

// Nodes returns the nodes of b, with the communication of a select case
// first (the graph leaves it out).
func Nodes(b *cfg.Block) []ast.Node {
	if b.Kind == cfg.KindSelectCaseBody {
		if cc, ok := b.Stmt.(*ast.CommClause); ok && cc.Comm != nil {
			if _, ok := cc.Comm.(*ast.AssignStmt); !ok {
				return append([]ast.Node{cc.Comm}, b.Nodes...)
			}
		}
	}
	return b.Nodes
}

// Locate finds the live block of g that holds the node n, and returns it
// with the index in [Nodes] of the node after n: where a walk of what
// follows n starts. It returns false when n is in no block or in dead
// code.
func Locate(g *cfg.CFG, n ast.Node) (*cfg.Block, int, bool) {
	for _, b := range g.Blocks {
		for i, m := range b.Nodes {
			if m != n {
				continue
			}
			if !b.Live {
				return nil, 0, false
			}
			next := i + 1
			if len(Nodes(b)) != len(b.Nodes) {
				next++ // the select communication nodes put first
			}
			return b, next, true
		}
	}
	return nil, 0, false
}

// Walk visits the nodes reachable from the node at index from of block
// start in order, calling visit for each; visit returns false to cut the
// path there. At the end of a block that returns, ret is called. Each
// block is visited at most once, so a path that loops is followed around
// the loop once.
func Walk(start *cfg.Block, from int, visit func(b *cfg.Block, i int, n ast.Node) bool, ret func(*ast.ReturnStmt)) {
	seen := map[*cfg.Block]bool{}
	var block func(b *cfg.Block, from int)
	block = func(b *cfg.Block, from int) {
		ns := Nodes(b)
		for i := from; i < len(ns); i++ {
			if !visit(b, i, ns[i]) {
				return
			}
		}
		if r := b.Return(); r != nil {
			ret(r)
			return
		}
		for _, s := range b.Succs {
			if !seen[s] {
				seen[s] = true
				block(s, 0)
			}
		}
	}
	block(start, from)
}

// NilVars is the set of variables known to be nil on a path, learned from
// the branches taken ("if err != nil" not taken: err is nil).
type NilVars []*types.Var

// key identifies the set, sorted by position, as a map key.
func (s NilVars) key() string {
	var b strings.Builder
	for _, v := range s {
		b.WriteString(strconv.Itoa(int(v.Pos())))
		b.WriteByte(',')
	}
	return b.String()
}

// with returns the set with vs added, sorted by position.
func (s NilVars) with(vs []*types.Var) NilVars {
	if len(vs) == 0 {
		return s
	}
	out := slices.Clone(s)
	for _, v := range vs {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	slices.SortFunc(out, func(a, b *types.Var) int { return int(a.Pos()) - int(b.Pos()) })
	return out
}

// without returns the set without v: v was assigned, so nothing is known
// of it any more.
func (s NilVars) without(v *types.Var) NilVars {
	i := slices.Index(s, v)
	if i < 0 {
		return s
	}
	return slices.Delete(slices.Clone(s), i, i+1)
}

// WalkNil is Walk that also knows which variables are nil on each path:
// a branch on a condition adds the variables nilWhen says are nil on the
// side taken to the set of the successor it leads to, and an assignment
// to a variable removes it. A block is visited once per set, and the
// whole walk stops after 10000 block visits: a function with that many
// paths is left partly unjudged, which can only miss findings.
func WalkNil(start *cfg.Block, from int, info *types.Info, nilWhen func(cond ast.Expr, truth bool) []*types.Var,
	visit func(b *cfg.Block, i int, n ast.Node, st NilVars) bool, ret func(*ast.ReturnStmt, NilVars)) {
	type key struct {
		b   *cfg.Block
		nil string
	}
	seen := map[key]bool{}
	var block func(b *cfg.Block, from int, st NilVars)
	block = func(b *cfg.Block, from int, st NilVars) {
		ns := Nodes(b)
		for i := from; i < len(ns); i++ {
			if !visit(b, i, ns[i], st) {
				return
			}
			for _, v := range Assigned(info, ns[i]) {
				st = st.without(v)
			}
		}
		if r := b.Return(); r != nil {
			ret(r, st)
			return
		}
		var cond ast.Expr
		if len(b.Succs) == 2 && len(b.Nodes) > 0 {
			cond, _ = b.Nodes[len(b.Nodes)-1].(ast.Expr)
		}
		for i, s := range b.Succs {
			next := st
			if cond != nil {
				next = st.with(nilWhen(cond, i == 0))
			}
			k := key{s, next.key()}
			if !seen[k] && len(seen) < 10000 {
				seen[k] = true
				block(s, 0, next)
			}
		}
	}
	block(start, from, nil)
}

// NilWhen returns the variables that are nil when cond evaluates to
// truth. call, when not nil, answers for a call in the condition (a span
// that is not recording counts as nil for the span checks).
//
//	err == nil      true: err
//	err != nil      false: err
//	a && b          true: both sides'
//	a || b          false: both sides'
func NilWhen(info *types.Info, cond ast.Expr, truth bool, call func(c *ast.CallExpr, truth bool) []*types.Var) []*types.Var {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return NilWhen(info, e.X, !truth, call)
		}
	case *ast.CallExpr:
		if call != nil {
			return call(e, truth)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			if truth {
				return append(NilWhen(info, e.X, true, call), NilWhen(info, e.Y, true, call)...)
			}
		case token.LOR:
			if !truth {
				return append(NilWhen(info, e.X, false, call), NilWhen(info, e.Y, false, call)...)
			}
		case token.EQL, token.NEQ:
			if (e.Op == token.EQL) != truth {
				return nil
			}
			x, y := e.X, e.Y
			if astx.IsNil(info, x) {
				x, y = y, x
			}
			if astx.IsNil(info, y) {
				if v := astx.IdentVar(info, x); v != nil {
					return []*types.Var{v}
				}
			}
		}
	}
	return nil
}

// Assigned returns the variables node n assigns or takes the address of
// (not counting the function literals inside it): what the path knows of
// them no longer holds after n.
func Assigned(info *types.Info, n ast.Node) []*types.Var {
	var out []*types.Var
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				if v := astx.IdentVar(info, l); v != nil {
					out = append(out, v)
				}
			}
		case *ast.ValueSpec:
			for _, id := range x.Names {
				if v := astx.IdentVar(info, id); v != nil {
					out = append(out, v)
				}
			}
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				if v := astx.IdentVar(info, x.X); v != nil {
					out = append(out, v)
				}
			}
		}
		return true
	})
	return out
}
