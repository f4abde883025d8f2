// Package flowx follows a value along the control-flow graph of the
// function that holds it, the way the lostcancel pass follows a cancel
// function: from the statement that makes the value, block by block, to
// the returns. The checks that ask "on every path" questions (is the span
// ended, is the provider shut down) share it: each gives a visitor that
// looks at what a node does to its value and cuts the path where the
// question is settled; what reaches a return uncut is a path that leaks.
//
// The graphs are built on demand, only for the functions a check asks
// about: most functions hold nothing worth following, and building the
// graph of every function of every package (as the ctrlflow analyzer does)
// would cost far more than the checks themselves.
package flowx

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/apis"
)

// Graphs builds the control-flow graphs of a package's functions on
// demand and knows which calls never return.
//
// A call never returns when its callee is panic, one of [apis.NoReturn], or
// a function of the package whose own graph has no reachable return. Other
// packages' functions are known only through apis.NoReturn: a missed
// no-return call only adds a path, which the checks treat like any other.
type Graphs struct {
	info  *types.Info
	files []*ast.File
	built map[ast.Node]*cfg.CFG // by *ast.FuncDecl or *ast.FuncLit
	decls map[*types.Func]*ast.FuncDecl
	// noRet memoizes NoReturn; a function whose graph is being built is
	// taken to return, which breaks cycles of calls.
	noRet map[*types.Func]bool
}

// NewGraphs returns an empty set of graphs for the package.
func NewGraphs(info *types.Info, files []*ast.File) *Graphs {
	return &Graphs{info: info, files: files, built: map[ast.Node]*cfg.CFG{}, noRet: map[*types.Func]bool{}}
}

// Of returns the graph of a function declaration or literal, or nil for a
// declaration without body.
func (g *Graphs) Of(fn ast.Node) *cfg.CFG {
	if b, ok := g.built[fn]; ok {
		return b
	}
	var body *ast.BlockStmt
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		body = fn.Body
	case *ast.FuncLit:
		body = fn.Body
	}
	var b *cfg.CFG
	if body != nil {
		b = cfg.New(body, g.mayReturn)
	}
	g.built[fn] = b
	return b
}

// mayReturn reports whether call may return, for cfg.New: not when it
// calls panic or a function that never returns.
func (g *Graphs) mayReturn(call *ast.CallExpr) bool {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := g.info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
			return false
		}
	}
	fn := apis.Callee(g.info, call) // interface methods too: testing.TB's Fatal
	return fn == nil || !g.NoReturn(fn)
}

// NoReturn reports whether calls of fn never return.
func (g *Graphs) NoReturn(fn *types.Func) bool {
	fn = fn.Origin()
	if r, ok := g.noRet[fn]; ok {
		return r
	}
	g.noRet[fn] = false
	r := apis.NeverReturns(fn)
	if !r {
		if d := g.Decl(fn); d != nil && d.Body != nil {
			r = g.Of(d).NoReturn()
		}
	}
	g.noRet[fn] = r
	return r
}

// Decl returns the declaration of a function of the package, or nil.
func (g *Graphs) Decl(fn *types.Func) *ast.FuncDecl {
	if g.decls == nil {
		g.decls = map[*types.Func]*ast.FuncDecl{}
		for _, f := range g.files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					if obj, ok := g.info.Defs[fd.Name].(*types.Func); ok {
						g.decls[obj] = fd
					}
				}
			}
		}
	}
	return g.decls[fn]
}

// StmtNoReturn reports whether n is a call statement that never returns.
func (g *Graphs) StmtNoReturn(n ast.Node) bool {
	call := StmtCall(n)
	if call == nil {
		return false
	}
	fn := apis.Callee(g.info, call)
	return fn != nil && g.NoReturn(fn)
}

// StmtCall returns the call of an expression statement, or nil.
func StmtCall(n ast.Node) *ast.CallExpr {
	es, ok := n.(*ast.ExprStmt)
	if !ok {
		return nil
	}
	call, _ := ast.Unparen(es.X).(*ast.CallExpr)
	return call
}
