package logscope

import (
	"go/ast"
	"go/types"
	"slices"

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
// The statements between may also hand a variable of the printed message
// to other calls (the same last words written to the log's own writer as
// well), and the end may be an if whose every branch ends the process or
// panics, one at least ending it (a fatal helper that panics instead
// where the program is set not to exit):
//
//	log.Print(msg)
//	getWriter().Severe(msg)
//	if exitOnFatal {
//		os.Exit(1)
//	} else {
//		panic(msg)
//	}
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
	said := messageVars(info, call)
	for {
		for next, ok := stmt.NextSibling(); ok; next, ok = next.NextSibling() {
			if is, ok := next.Node().(*ast.IfStmt); ok {
				return ends(info, is)
			}
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
			if !printsOnly(info, c) && !handsOn(info, c, said) {
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

// messageVars returns the local variables that the print call is given:
// its message.
func messageVars(info *types.Info, call *ast.CallExpr) []*types.Var {
	var vars []*types.Var
	for _, a := range call.Args {
		if id, ok := ast.Unparen(a).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && !v.IsField() && v.Pkg() != nil && v.Parent() != v.Pkg().Scope() {
				vars = append(vars, v)
			}
		}
	}
	return vars
}

// handsOn reports whether call is given one of the variables of the
// message that was printed: the same last words written to another place
// as well (the log's own writer).
func handsOn(info *types.Info, call *ast.CallExpr, said []*types.Var) bool {
	for _, a := range call.Args {
		if id, ok := ast.Unparen(a).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && slices.Contains(said, v) {
				return true
			}
		}
	}
	return false
}

// ends reports whether the if statement is, in every branch, the end: each
// branch (an else is needed) ends with a call that ends the process, a
// panic, or such an if in turn, and one branch at least ends the process.
// A fatal helper that exits, or panics instead where the program is set
// not to exit (in tests), says its last words before it.
//
//	log.Print(msg)
//	if exitOnFatal {
//		os.Exit(1)
//	} else {
//		panic(msg)
//	}
func ends(info *types.Info, is *ast.IfStmt) bool {
	exit, all := branchEnds(info, is)
	return exit && all
}

// branchEnds tells whether some branch of the if statement ends the
// process (exit) and whether every one ends it or panics (all).
func branchEnds(info *types.Info, is *ast.IfStmt) (exit, all bool) {
	if is.Else == nil {
		return false, false // the function goes on after the if
	}
	all = true
	for _, b := range []ast.Stmt{is.Body, is.Else} {
		var e, a bool
		switch b := b.(type) {
		case *ast.BlockStmt:
			e, a = lastEnds(info, b.List)
		case *ast.IfStmt:
			e, a = branchEnds(info, b)
		}
		exit = exit || e
		all = all && a
	}
	return exit, all
}

// lastEnds tells whether the last of the statements ends the process
// (exit), and whether it ends the process or panics (all).
func lastEnds(info *types.Info, list []ast.Stmt) (exit, all bool) {
	if len(list) == 0 {
		return false, false
	}
	switch s := list[len(list)-1].(type) {
	case *ast.IfStmt:
		return branchEnds(info, s)
	case *ast.ExprStmt:
		c, ok := ast.Unparen(s.X).(*ast.CallExpr)
		if !ok {
			return false, false
		}
		if exits(info, c) {
			return true, true
		}
		if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok {
			if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
				return false, true
			}
		}
	}
	return false, false
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
