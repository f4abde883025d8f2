package sdksetup

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/flowx"
)

// shutdown-skipped: os.Exit and the Fatal functions of the logging
// libraries end the process at once, without running the deferred calls;
// a deferred shutdown followed on some path by such a call does not run
// there, and the telemetry still buffered is lost (most often the spans
// and logs of the failure that made the program exit). A panic, log.Panic
// and runtime.Goexit do run the deferred calls.

// checkSkipped follows each deferred shutdown along the paths of its
// function and reports it when calls that end the process are reached
// before the function returns, unless the path shuts down again before
// them:
//
//	defer cleanup()                   // reported, with the exit in Related
//	...
//	log.Fatal(srv.ListenAndServe())
//
//	defer cleanup()
//	<-stop
//	cleanup()
//	os.Exit(0)                        // silent: shut down explicitly first
//
// One diagnostic per deferred shutdown, at the defer, with every exit
// call that skips it in Related: the remedy is one for all of them.
func (c *checker) checkSkipped(defers []inspector.Cursor) {
	for _, cur := range defers {
		d := cur.Node().(*ast.DeferStmt)
		fc, ok := astx.EnclosingFunc(cur)
		if !ok {
			continue
		}
		g := c.graphs.Of(fc.Node())
		if g == nil {
			continue
		}
		start, from, ok := flowx.Locate(g, d)
		if !ok {
			continue
		}
		var exits []*ast.CallExpr
		flowx.Walk(start, from, func(_ *cfg.Block, _ int, n ast.Node) bool {
			if call := flowx.StmtCall(n); call != nil {
				if fn := apis.Callee(c.pass.TypesInfo, call); fn != nil && c.exitsProcess(fn) {
					exits = append(exits, call)
					return false
				}
			}
			if _, ok := n.(*ast.DeferStmt); !ok && c.shutsDownNow(fc, n) {
				return false // shut down explicitly on this path
			}
			return true
		}, func(*ast.ReturnStmt) {})
		if len(exits) == 0 {
			continue
		}
		sort.Slice(exits, func(i, j int) bool { return exits[i].Pos() < exits[j].Pos() })
		first := exits[0]
		where := fmt.Sprintf("%s (line %d)", calleeName(c.pass.TypesInfo, first), c.pass.Fset.Position(first.Pos()).Line)
		switch len(exits) {
		case 1:
		case 2:
			where += " and one other call"
		default:
			where += fmt.Sprintf(" and %d other calls", len(exits)-1)
		}
		diag := analysis.Diagnostic{
			Pos:      d.Pos(),
			End:      d.Call.Pos(),
			Category: CategoryShutdownSkipped,
			Message: fmt.Sprintf("the deferred shutdown does not run when the function leaves through %s, which ends the process without running deferred calls, so the telemetry still buffered (often that of the failure) is lost; shut down before exiting, or move the work into a function that returns an error and exit after it returns",
				where),
		}
		for _, e := range exits {
			diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: e.Pos(), End: e.End(), Message: "ends the process without running the deferred shutdown"})
		}
		c.report(diag)
	}
}

// shutsDownNow reports whether the node n of the function fc shuts a
// provider down when it runs (a call in a function literal that is only
// started or stored does not count).
func (c *checker) shutsDownNow(fc inspector.Cursor, n ast.Node) bool {
	cur, ok := fc.FindNode(n)
	if !ok {
		return false
	}
	for call := range cur.Preorder((*ast.CallExpr)(nil)) {
		if c.shutsDownCall(call.Node().(*ast.CallExpr)) && runsNow(call, n) {
			return true
		}
	}
	return false
}

// runsNow reports whether the node at cur runs when the statement stmt
// around it runs: every function literal between them is called at once
// (not started with go, deferred or stored).
func runsNow(cur inspector.Cursor, stmt ast.Node) bool {
	for lit := range cur.Enclosing((*ast.FuncLit)(nil)) {
		if lit.Node().Pos() < stmt.Pos() {
			return true
		}
		call, ok := lit.Parent().Node().(*ast.CallExpr)
		if !ok || ast.Unparen(call.Fun) != lit.Node() {
			return false
		}
		if _, ok := lit.Parent().Parent().Node().(*ast.ExprStmt); !ok {
			if _, ok := lit.Parent().Parent().Node().(*ast.AssignStmt); !ok {
				return false // go func() {...}(), defer func() {...}()
			}
		}
	}
	return true
}

// exitsProcess reports whether a call of fn ends the process without
// running the deferred calls: one of apis.ProcessExit, or a function of
// the package that never returns and calls one (fatal := func... as a
// declared helper: func fatalf(...) { ...; os.Exit(1) }).
func (c *checker) exitsProcess(fn *types.Func) bool {
	if apis.ExitsProcess(fn) {
		return true
	}
	fn = fn.Origin()
	if fn.Pkg() != c.pass.Pkg {
		return false
	}
	if r, ok := c.exits[fn]; ok {
		return r
	}
	c.exits[fn] = false // a cycle of calls: taken to return
	r := false
	if d := c.graphs.Decl(fn); d != nil && d.Body != nil && c.graphs.NoReturn(fn) {
		ast.Inspect(d.Body, func(x ast.Node) bool {
			if _, ok := x.(*ast.FuncLit); ok {
				return false
			}
			if call, ok := x.(*ast.CallExpr); ok && !r {
				if callee := apis.Callee(c.pass.TypesInfo, call); callee != nil && c.exitsProcess(callee) {
					r = true
				}
			}
			return !r
		})
	}
	c.exits[fn] = r
	return r
}
