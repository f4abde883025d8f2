package ctxpropagation

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/otellint/otellint/internal/apis"
)

// Process shutdown: a function that ends the process on its way out
// stops the program, whoever calls it. A fresh context given to it is the
// shutdown's own: it must not be cut short when the caller's request
// ends (the process is going away under it), and the request's trace
// ends with the process.
//
//	func handleStop(w http.ResponseWriter, r *http.Request) {
//		exitProcess(context.Background()) // stops every part, then os.Exit
//	}
//
// A function that exits only on an error branch and otherwise returns to
// its work is not one: its fresh context still serves the caller.

// exitsFact marks a function that ends the process on its way out, for
// the packages that call it.
type exitsFact struct{}

// AFact marks exitsFact as an analysis fact.
func (*exitsFact) AFact() {}

// String describes the fact, as the tests expect it.
func (*exitsFact) String() string { return "ends the process" }

// endsProcess reports whether a call of fn ends the process on its way
// out: fn is os.Exit or the like, or a function whose body ends with
// such an exit (see bodyEnds), learned from its body for a function of
// the package and from its fact for another.
func (c *checker) endsProcess(fn *types.Func) bool {
	if apis.ExitsProcess(fn) {
		return true
	}
	fn = fn.Origin()
	if fn.Pkg() != c.pass.Pkg {
		return fn.Pkg() != nil && c.pass.ImportObjectFact(fn, new(exitsFact))
	}
	if r, ok := c.ends[fn]; ok {
		return r
	}
	c.ends[fn] = false // while deciding (cycles)
	d := c.decls[fn]
	r := d != nil && d.Body != nil && c.bodyEnds(d.Body)
	c.ends[fn] = r
	return r
}

// bodyEnds reports whether the function body ends the process on its way
// out: a deferred call at its top level ends it, or its last statement
// does, as a call or as the goroutine it starts last.
//
//	if !exiting.CompareAndSwap(false, true) { return } // done already
//	stopAll(ctx)
//	go func() {
//		defer func() { log.Print("bye"); os.Exit(code) }()
//		closeListeners()
//	}()
//
// An early return before the end (the shutdown is under way already)
// does not matter; an exit inside an if, a switch or a loop does not
// count, nor an exit with the outcome of a call made in its arguments
// (log.Fatal(srv.Serve(l))): that function runs its work until it fails.
func (c *checker) bodyEnds(body *ast.BlockStmt) bool {
	for _, s := range body.List {
		if d, ok := s.(*ast.DeferStmt); ok && c.callEnds(d.Call) {
			return true // runs on every way out past it
		}
	}
	var last ast.Stmt
	for _, s := range body.List {
		if _, empty := s.(*ast.EmptyStmt); !empty {
			last = s
		}
	}
	switch s := last.(type) {
	case *ast.ExprStmt:
		call, ok := ast.Unparen(s.X).(*ast.CallExpr)
		return ok && c.callEnds(call) && !c.exitsWithOutcome(call)
	case *ast.GoStmt:
		return c.callEnds(s.Call)
	case *ast.BlockStmt:
		return c.bodyEnds(s)
	}
	return false
}

// callEnds reports whether call ends the process: a function literal
// called (or deferred, or started) whose body ends it, or a function that
// ends it.
func (c *checker) callEnds(call *ast.CallExpr) bool {
	if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
		return c.bodyEnds(lit.Body)
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	return ok && c.endsProcess(fn)
}

// exitsWithOutcome reports whether an argument of the exit call is the
// error or the status of a call made there: os.Exit(run()),
// log.Fatal(srv.ListenAndServe()). Such a function does its work until
// it ends and exits with how it ended; it is not a shutdown.
func (c *checker) exitsWithOutcome(call *ast.CallExpr) bool {
	info := c.pass.TypesInfo
	for _, a := range call.Args {
		inner, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok || info.Types[inner.Fun].IsType() {
			continue // not a call, or a conversion
		}
		switch t := info.TypeOf(inner); {
		case t == nil:
		case types.Identical(t, types.Universe.Lookup("error").Type()):
			return true
		default:
			if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
				return true
			}
		}
	}
	return false
}

// exportExits exports the facts of the exported functions of the package
// that end the process, for the packages that call them.
func (c *checker) exportExits() {
	for fn, d := range c.decls {
		if fn.Exported() && d.Body != nil && c.endsProcess(fn) {
			c.pass.ExportObjectFact(fn, new(exitsFact))
		}
	}
}
