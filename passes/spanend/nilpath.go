package spanend

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/apis"
)

// nilVars is the set of variables known to be nil on a path, learned from
// the branches taken ("if err != nil" not taken: err is nil).
type nilVars []*types.Var

func (s nilVars) key() string {
	var b strings.Builder
	for _, v := range s {
		b.WriteString(strconv.Itoa(int(v.Pos())))
		b.WriteByte(',')
	}
	return b.String()
}

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
			if isNil(c.pass.TypesInfo, x) {
				x, y = y, x
			}
			if isNil(c.pass.TypesInfo, y) {
				if v := identVar(c.pass.TypesInfo, x); v != nil {
					return []*types.Var{v}
				}
			}
		}
	}
	return nil
}

// assigned returns the variables node n assigns.
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

// walkNil is walk that also knows which variables are nil on each path.
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
	ns := nodes(f.def)
	from := f.defAt + 1
	if len(ns) != len(f.def.Nodes) {
		from++
	}
	block(f.def, from, nil)
}
