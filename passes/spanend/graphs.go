package spanend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/apis"
)

// graphs builds the control-flow graphs of the functions that start a
// span, on demand. Most functions start none, so building the graph of
// every function of every package (as the ctrlflow analyzer does) would
// cost far more than the check itself.
//
// A call never returns when its callee is panic, one of [apis.NoReturn], or
// a function of the package whose own graph has no reachable return. Other
// packages' functions are known only through apis.NoReturn: a missed
// no-return call only adds a path, which the checks treat like any other.
type graphs struct {
	info  *types.Info
	files []*ast.File
	built map[ast.Node]*cfg.CFG // by *ast.FuncDecl or *ast.FuncLit
	decls map[*types.Func]*ast.FuncDecl
	// noRet memoizes noReturn; a function whose graph is being built is
	// taken to return, which breaks cycles of calls.
	noRet map[*types.Func]bool
}

// newGraphs returns an empty set of graphs for the package.
func newGraphs(info *types.Info, files []*ast.File) *graphs {
	return &graphs{info: info, files: files, built: map[ast.Node]*cfg.CFG{}, noRet: map[*types.Func]bool{}}
}

// of returns the graph of a function declaration or literal, or nil for a
// declaration without body.
func (g *graphs) of(fn ast.Node) *cfg.CFG {
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
func (g *graphs) mayReturn(call *ast.CallExpr) bool {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := g.info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
			return false
		}
	}
	fn := apis.Callee(g.info, call) // interface methods too: testing.TB's Fatal
	return fn == nil || !g.noReturn(fn)
}

// noReturn reports whether calls of fn never return.
func (g *graphs) noReturn(fn *types.Func) bool {
	fn = fn.Origin()
	if r, ok := g.noRet[fn]; ok {
		return r
	}
	g.noRet[fn] = false
	r := apis.NeverReturns(fn)
	if !r {
		if d := g.decl(fn); d != nil && d.Body != nil {
			r = g.of(d).NoReturn()
		}
	}
	g.noRet[fn] = r
	return r
}

// decl returns the declaration of a function of the package, or nil.
func (g *graphs) decl(fn *types.Func) *ast.FuncDecl {
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

// noReturn reports whether n is a call statement that never returns.
func (c *checker) noReturn(n ast.Node) bool {
	es, ok := n.(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return false
	}
	return c.graphs.noReturn(fn)
}
