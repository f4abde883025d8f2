package spanend

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// The path walking of the checks. A span is followed along the
// control-flow graph of the function that starts it, the way lostcancel
// follows a cancel function: from the node after the Start call, block by
// block, to the returns. Each check gives a visitor that looks at what a
// node does to the span (at) and cuts the path where the question is
// settled (the span is ended, handed on, the path never returns...); what
// reaches a return uncut is a path that leaks.
//
// walk visits each block once: enough for questions about whether some
// node is reached at all. walkNil also carries the variables known to be
// nil on the path, learned from the branches taken, so a block is visited
// once per set of such variables; it answers questions that depend on the
// branch ("if err != nil { return err }": err is nil below it).

// flow walks the control-flow graph of one function for one span.
type flow struct {
	c     *checker
	fc    inspector.Cursor
	t     *tracked
	cr    *creation
	g     *cfg.CFG
	def   *cfg.Block
	defAt int
	memo  map[ast.Node]events
	// onError is a deferred closure that ends the span only when the
	// error result onErrorVar is not nil (endsOnError), if any.
	onError    *ast.DeferStmt
	onErrorVar *types.Var
}

// newFlow finds the block that starts the span, or returns nil.
func (c *checker) newFlow(fc inspector.Cursor, t *tracked, cr *creation) *flow {
	g := c.graphs.of(fc.Node())
	if g == nil {
		return nil
	}
	f := &flow{c: c, fc: fc, t: t, cr: cr, g: g, memo: map[ast.Node]events{}}
	for _, b := range g.Blocks {
		for i, n := range b.Nodes {
			if n == cr.stmt {
				if !b.Live {
					return nil
				}
				f.def, f.defAt = b, i
				return f
			}
		}
	}
	return nil
}

// first returns the index in nodes(f.def) of the node after the one that
// starts the span.
func (f *flow) first() int {
	from := f.defAt + 1
	if len(nodes(f.def)) != len(f.def.Nodes) {
		from++ // the select communication nodes put first
	}
	return from
}

// inert reports whether the span is known to be nil or not recording on
// a path, so that it needs no End and no status there.
func (f *flow) inert(st nilVars) bool {
	for _, v := range st {
		if f.t.spans[v] {
			return true
		}
	}
	return false
}

// nodes returns the nodes of b, with the communication of a select case
// first (the graph leaves it out).
func nodes(b *cfg.Block) []ast.Node {
	if b.Kind == cfg.KindSelectCaseBody {
		if cc, ok := b.Stmt.(*ast.CommClause); ok && cc.Comm != nil {
			if _, ok := cc.Comm.(*ast.AssignStmt); !ok {
				return append([]ast.Node{cc.Comm}, b.Nodes...)
			}
		}
	}
	return b.Nodes
}

// at returns what node n does to the span: the events of the references
// inside it, an End in a defer statement becoming evEndDeferred, and
// evNoReturn for a call that never returns. The starting statement itself
// is evRedef: a path that comes back to it is a loop that starts a new
// span in the same variable, which ends the path of the old one.
func (f *flow) at(n ast.Node) events {
	if ev, ok := f.memo[n]; ok {
		return ev
	}
	var ev events
	if n == f.cr.stmt {
		ev = evRedef // back at the start: a loop overwrites the variable
	} else {
		for _, r := range f.t.refs {
			if r.pos >= n.Pos() && r.end <= n.End() {
				ev |= r.ev
			}
		}
		if d, ok := n.(*ast.DeferStmt); ok && ev&evEnd != 0 {
			ev = ev&^evEnd | evEndDeferred
			if v := f.c.endsOnError(d, f.t); v != nil {
				ev = ev&^evEndDeferred | evEndOnError
				f.onError, f.onErrorVar = d, v
			}
		}
		if f.c.noReturn(n) {
			ev |= evNoReturn
		}
	}
	f.memo[n] = ev
	return ev
}

// walk visits the nodes reachable from the start of the span in order,
// calling visit for each; visit returns false to cut the path there. At
// the end of a block that returns, ret is called. Each block is visited
// at most once, so a path that loops is followed around the loop once.
func (f *flow) walk(visit func(b *cfg.Block, i int, n ast.Node) bool, ret func(*ast.ReturnStmt)) {
	seen := map[*cfg.Block]bool{}
	var block func(b *cfg.Block, from int)
	block = func(b *cfg.Block, from int) {
		ns := nodes(b)
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
	block(f.def, f.first())
}

// nilVars is the set of variables known to be nil on a path, learned from
// the branches taken ("if err != nil" not taken: err is nil).
type nilVars []*types.Var

// key identifies the set, sorted by position, as a map key.
func (s nilVars) key() string {
	var b strings.Builder
	for _, v := range s {
		b.WriteString(strconv.Itoa(int(v.Pos())))
		b.WriteByte(',')
	}
	return b.String()
}

// with returns the set with vs added, sorted by position.
func (s nilVars) with(vs []*types.Var) nilVars {
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
func (s nilVars) without(v *types.Var) nilVars {
	i := slices.Index(s, v)
	if i < 0 {
		return s
	}
	return slices.Delete(slices.Clone(s), i, i+1)
}

// isRecording is the key of trace.Span's IsRecording method.
const isRecording = "(" + apis.SpanIface + ").IsRecording"

// nilWhen returns the variables that are nil (or, for spans, not
// recording) when cond evaluates to truth.
//
//	err == nil      true: err
//	err != nil      false: err
//	a && b          true: both sides'
//	a || b          false: both sides'
func (c *checker) nilWhen(cond ast.Expr, truth bool) []*types.Var {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return c.nilWhen(e.X, !truth)
		}
	case *ast.CallExpr:
		// A span that is not recording needs nothing more:
		//	if !span.IsRecording() { return }
		if !truth && c.idx.Is(e, isRecording) {
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				if v := identVar(c.pass.TypesInfo, sel.X); v != nil {
					return []*types.Var{v}
				}
			}
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			if truth {
				return append(c.nilWhen(e.X, true), c.nilWhen(e.Y, true)...)
			}
		case token.LOR:
			if !truth {
				return append(c.nilWhen(e.X, false), c.nilWhen(e.Y, false)...)
			}
		case token.EQL, token.NEQ:
			if (e.Op == token.EQL) != truth {
				return nil
			}
			x, y := e.X, e.Y
			if astx.IsNil(c.pass.TypesInfo, x) {
				x, y = y, x
			}
			if astx.IsNil(c.pass.TypesInfo, y) {
				if v := identVar(c.pass.TypesInfo, x); v != nil {
					return []*types.Var{v}
				}
			}
		}
	}
	return nil
}

// assigned returns the variables node n assigns or takes the address of
// (not counting the function literals inside it): what the path knows of
// them no longer holds after n.
func (c *checker) assigned(n ast.Node) []*types.Var {
	var out []*types.Var
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				if v := identVar(c.pass.TypesInfo, l); v != nil {
					out = append(out, v)
				}
			}
		case *ast.ValueSpec:
			for _, id := range x.Names {
				if v := identVar(c.pass.TypesInfo, id); v != nil {
					out = append(out, v)
				}
			}
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				if v := identVar(c.pass.TypesInfo, x.X); v != nil {
					out = append(out, v)
				}
			}
		}
		return true
	})
	return out
}

// walkNil is walk that also knows which variables are nil on each path:
// a branch on "x == nil", "x != nil" or "!span.IsRecording()" adds x to
// the set of the successor it leads to, and an assignment to x removes it.
// A block is visited once per set, and the whole walk stops after 10000
// block visits: a function with that many paths is left partly unjudged,
// which can only miss findings.
func (f *flow) walkNil(visit func(b *cfg.Block, i int, n ast.Node, st nilVars) bool, ret func(*ast.ReturnStmt, nilVars)) {
	type key struct {
		b   *cfg.Block
		nil string
	}
	seen := map[key]bool{}
	var block func(b *cfg.Block, from int, st nilVars)
	block = func(b *cfg.Block, from int, st nilVars) {
		ns := nodes(b)
		for i := from; i < len(ns); i++ {
			if !visit(b, i, ns[i], st) {
				return
			}
			for _, v := range f.c.assigned(ns[i]) {
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
				next = st.with(f.c.nilWhen(cond, i == 0))
			}
			k := key{s, next.key()}
			if !seen[k] && len(seen) < 10000 {
				seen[k] = true
				block(s, 0, next)
			}
		}
	}
	block(f.def, f.first(), nil)
}
