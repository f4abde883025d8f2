package spanend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/flowx"
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
	first int // the index in flowx.Nodes(def) of the node after the start
	memo  map[ast.Node]events
	// onError is a deferred closure that ends the span only when the
	// error result onErrorVar is not nil (endsOnError), if any.
	onError    *ast.DeferStmt
	onErrorVar *types.Var
	// atReturn is what the deferred closures registered before the Start
	// do to the span at every return (atreturn.go).
	atReturn events
	// errCheck is the condition of the if statement right after a call
	// of a helper that returns a nil span with every error
	// (spanFact.NilOnError), and errVar the variable its error result is
	// assigned to: where the condition finds errVar not nil, there is no
	// span (errcheck.go).
	errCheck ast.Expr
	errVar   *types.Var
}

// newFlow finds the block that starts the span, or returns nil.
func (c *checker) newFlow(fc inspector.Cursor, t *tracked, cr *creation) *flow {
	g := c.graphs.Of(fc.Node())
	if g == nil {
		return nil
	}
	def, first, ok := flowx.Locate(g, cr.stmt)
	if !ok {
		return nil
	}
	f := &flow{c: c, fc: fc, t: t, cr: cr, g: g, def: def, first: first, memo: map[ast.Node]events{}}
	f.atReturn = c.atReturn(f)
	f.errCheck, f.errVar = c.errCheck(fc, cr)
	return f
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

// walk visits the nodes reachable from the start of the span in order
// (flowx.Walk): visit returns false to cut the path there, ret is called
// at the end of a block that returns.
func (f *flow) walk(visit func(b *cfg.Block, i int, n ast.Node) bool, ret func(*ast.ReturnStmt)) {
	flowx.Walk(f.def, f.first, visit, ret)
}

// nilVars is the set of variables known to be nil on a path.
type nilVars = flowx.NilVars

// isRecording is the key of trace.Span's IsRecording method.
const isRecording = "(" + apis.SpanIface + ").IsRecording"

// nilWhen returns the variables that are nil (or, for spans, not
// recording) when cond evaluates to truth (flowx.NilWhen).
func (c *checker) nilWhen(cond ast.Expr, truth bool) []*types.Var {
	return flowx.NilWhen(c.pass.TypesInfo, cond, truth, c.notRecording)
}

// notRecording returns the span that is not recording when the call
// evaluates to truth: a span that is not recording needs nothing more.
//
//	if !span.IsRecording() { return }
func (c *checker) notRecording(call *ast.CallExpr, truth bool) []*types.Var {
	if !truth && c.idx.Is(call, isRecording) {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if v := astx.IdentVar(c.pass.TypesInfo, sel.X); v != nil {
				return []*types.Var{v}
			}
		}
	}
	return nil
}

// walkNil is walk that also knows which variables are nil on each path
// (flowx.WalkNil): a branch on "x == nil", "x != nil" or
// "!span.IsRecording()" adds x to the set of the successor it leads to,
// and an assignment to x removes it.
func (f *flow) walkNil(visit func(b *cfg.Block, i int, n ast.Node, st nilVars) bool, ret func(*ast.ReturnStmt, nilVars)) {
	nilWhen := f.c.nilWhen
	if f.errCheck != nil {
		nilWhen = f.nilWhen
	}
	flowx.WalkNil(f.def, f.first, f.c.pass.TypesInfo, nilWhen, visit, ret)
}
