package logscope

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/otellint/otellint/internal/apis"
)

// ExitMessage reports whether the call at cur prints the last words of
// the process: a call that ends the process itself (log.Fatal), or a
// statement that the process exit follows at once, after other such
// prints at most. A print that ends the branch of an if is followed by
// what follows the if.
//
//	log.Fatalf("bad flag %q", v)
//	fmt.Fprintf(os.Stderr, "%s: %s\n", name, err)
//	os.Exit(1)
//
//	if err := enc.Encode(cfg); err != nil {
//		fmt.Println("cannot print the configuration:", err)
//	}
//	os.Exit(0)
//
// A process that ends is not serving a request: what it prints on the way
// out is the program's output for whoever runs it, with no trace to
// correlate, and no logger may be left to take it.
func ExitMessage(info *types.Info, cur inspector.Cursor) bool {
	call, ok := cur.Node().(*ast.CallExpr)
	if !ok {
		return false
	}
	if exits(info, call) {
		return true
	}
	// fmt.Fprintln(...) as a statement, followed in its block by os.Exit.
	stmt := cur.Parent()
	if e, _ := cur.ParentEdge(); e != edge.ExprStmt_X {
		return false
	}
	for {
		for next, ok := stmt.NextSibling(); ok; next, ok = next.NextSibling() {
			es, ok := next.Node().(*ast.ExprStmt)
			if !ok {
				return false
			}
			c, ok := ast.Unparen(es.X).(*ast.CallExpr)
			if !ok {
				return false
			}
			if exits(info, c) {
				return true
			}
			if !printsOnly(info, c) {
				return false
			}
		}
		// The last statement of a branch of an if: on to the statements
		// after the if (after the whole chain of an else if).
		block := stmt.Parent()
		e, _ := block.ParentEdge()
		if e != edge.IfStmt_Body && e != edge.IfStmt_Else {
			return false
		}
		stmt = block.Parent()
		for {
			if e, _ := stmt.ParentEdge(); e != edge.IfStmt_Else {
				break
			}
			stmt = stmt.Parent()
		}
	}
}

// exits reports whether call ends the process: os.Exit, log.Fatal and
// the like ([apis.ProcessExit]).
func exits(info *types.Info, call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return apis.ExitsProcess(fn)
}

// printsOnly reports whether call is a function of fmt or log that
// prints, as a farewell of several lines does before the exit.
func printsOnly(info *types.Info, call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case apis.FmtPkg, apis.StdLogPkg:
		return fn.Signature().Recv() == nil
	}
	return false
}
