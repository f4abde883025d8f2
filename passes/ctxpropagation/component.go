package ctxpropagation

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/otellint/otellint/internal/ctxscope"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/reqscope"
)

// Work that belongs to a component rather than to a request starts from
// a context that carries no caller's trace, even where a context
// parameter is in scope:
//
//	func New() *Service {
//		s := &Service{}
//		s.svc = services.NewBasic(s.loop) // the only use of loop
//		return s
//	}
//	func (s *Service) loop(ctx context.Context) error {
//		s.join(context.Background()) // ctx is the component's running context
//
// and a value computed once and cached for every later caller is the
// component's, not the first caller's:
//
//	q, err := s.cache.get(func() (*Query, error) {
//		return prepare(context.Background()) // get stores the result in a field
//	})

// serviceRun reports whether src is the context parameter of the declared
// function around cur that only a long-running component runs: an
// unexported function that takes nothing but contexts, is never called in
// its package (outside tests), and is only handed as a value to a call
// made in set-up code. Its context is the component's running context.
// A handler registered the same way takes a request or a message besides
// its context, and is not one.
func (c *checker) serviceRun(cur inspector.Cursor, src ctxscope.Source) bool {
	if !src.Param || src.Request || src.Obj == nil {
		return false
	}
	var d *ast.FuncDecl
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		d = fc.Node().(*ast.FuncDecl)
	}
	if d == nil || !(d.Type.Params.Pos() <= src.Obj.Pos() && src.Obj.Pos() < d.Type.Params.End()) {
		return false
	}
	fn, ok := c.pass.TypesInfo.Defs[d.Name].(*types.Func)
	if !ok || fn.Exported() || c.interfaceMethod(fn.Name()) {
		return false
	}
	sig := fn.Type().(*types.Signature)
	for v := range sig.Params().Variables() {
		if !ctxscope.IsContext(v.Type()) {
			return false
		}
	}
	uses := c.refsOf(fn)
	if len(uses) == 0 {
		return false
	}
	for _, u := range uses {
		ref := refExpr(u)
		if k, _ := ref.ParentEdge(); k != edge.CallExpr_Args {
			return false // called, or stored: run who knows where
		}
		if c.scope.At(ref).Kind != reqscope.Init {
			return false
		}
	}
	return true
}

// interfaceMethod reports whether an interface type declared at the
// package level has a method of this name: a method of that name may be
// called through the interface, where the uses of the concrete method do
// not show it.
func (c *checker) interfaceMethod(name string) bool {
	scope := c.pass.Pkg.Scope()
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok {
			continue
		}
		if it, ok := tn.Type().Underlying().(*types.Interface); ok {
			for m := range it.Methods() {
				if m.Name() == name {
					return true
				}
			}
		}
	}
	return false
}

// refsOf returns the uses, outside test files, of the unexported function
// fn of the package. The uses of every such function are indexed on
// first need.
func (c *checker) refsOf(fn *types.Func) []inspector.Cursor {
	if c.refs == nil {
		c.refs = map[*types.Func][]inspector.Cursor{}
		for file := range c.ins.Root().Children() {
			if passkit.IsTestFile(c.pass.Fset, file.Node().Pos()) {
				continue
			}
			for uc := range file.Preorder((*ast.Ident)(nil)) {
				if f, ok := c.pass.TypesInfo.Uses[uc.Node().(*ast.Ident)].(*types.Func); ok && f.Pkg() == c.pass.Pkg && !f.Exported() {
					c.refs[f.Origin()] = append(c.refs[f.Origin()], uc)
				}
			}
		}
	}
	return c.refs[fn.Origin()]
}

// memoised reports whether cur lies in a function literal, declared
// around the source, that is handed to a function of the package which
// stores the literal's result in a field: a value prepared once and
// cached for every later caller, whose preparation is not the first
// caller's work.
func (c *checker) memoised(cur inspector.Cursor, src ctxscope.Source) bool {
	for lc := range cur.Enclosing((*ast.FuncLit)(nil)) {
		lit := lc.Node().(*ast.FuncLit)
		if src.Obj != nil && lit.Pos() <= src.Obj.Pos() && src.Obj.Pos() < lit.End() {
			return false // the literal's own context
		}
		k, i := lc.ParentEdge()
		if k == edge.CallExpr_Fun {
			continue // called in place
		}
		if k != edge.CallExpr_Args {
			return false
		}
		callee, ok := typeutil.Callee(c.pass.TypesInfo, lc.Parent().Node().(*ast.CallExpr)).(*types.Func)
		if !ok || callee.Pkg() != c.pass.Pkg {
			return false
		}
		d := c.decls[callee.Origin()]
		p := paramVar(callee.Origin(), i)
		return d != nil && d.Body != nil && p != nil && c.storesResult(d.Body, p)
	}
	return false
}

// storesResult reports whether body assigns the result of calling the
// function parameter p to a field: x.v, x.err = p().
func (c *checker) storesResult(body *ast.BlockStmt, p *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if found || !ok {
			return !found
		}
		for j, r := range as.Rhs {
			call, ok := ast.Unparen(r).(*ast.CallExpr)
			if !ok || !c.isVar(call.Fun, p) {
				continue
			}
			lhs := as.Lhs
			if len(as.Rhs) == len(as.Lhs) {
				lhs = as.Lhs[j : j+1]
			}
			for _, l := range lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
					if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// refExpr returns the expression a reference to a function stands for:
// the selector x.f when the reference is its f, else the identifier.
func refExpr(u inspector.Cursor) inspector.Cursor {
	if k, _ := u.ParentEdge(); k == edge.SelectorExpr_Sel {
		return u.Parent()
	}
	return u
}
