package instrumentcreation

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/reqscope"
)

// site is a call that creates, directly or through a helper.
type site struct {
	cur    inspector.Cursor
	call   *ast.CallExpr
	c      creation
	helper *types.Func // the helper called, or nil for a direct creation
	fact   *CreatesFact
	place  reqscope.Place
	decl   *ast.FuncDecl // innermost enclosing declaration, or nil
	skip   bool          // cached, in a test file, or otherwise not a creation per call
	table  bool          // not a creation per call here (a table built in a loop, a set-up step), but its function creates
	// loopStored is true for a call in a bounded loop whose result is
	// stored into a table.
	loopStored bool
	located    bool // place, decl and skip are set
}

// sites gathers, in one walk of the package, the calls that create
// (direct) and the calls of functions that may create (calls): those of
// the package, whose facts are learned next, and those of other packages
// known to create. A call of an interface method is neither: its body is
// not known.
func (c *checker) sites() (direct, calls []*site) {
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := apis.Callee(c.pass.TypesInfo, call)
		if fn == nil {
			continue
		}
		cr, ok := classify(c.idx, fn, call)
		if !ok {
			cr, ok = c.classifyLogger(cur, call)
		}
		if ok {
			direct = append(direct, &site{cur: cur, call: call, c: cr})
			continue
		}
		if fn.Pkg() != nil && !isInterfaceMethod(fn) {
			fn = fn.Origin()
			if fn.Pkg() == c.pass.Pkg || c.helperFact(fn) != nil {
				calls = append(calls, &site{cur: cur, call: call, helper: fn})
			}
		}
	}
	return direct, calls
}

// isInterfaceMethod reports whether fn is a method of an interface.
func isInterfaceMethod(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	return sig != nil && sig.Recv() != nil && types.IsInterface(sig.Recv().Type())
}

// locate sets where the call of s is: its place (request-scoped or set-up
// code, and why), its function, and whether it is skipped because it is in
// a test file or runs only when a cached value is missing. Learning the
// place is costly, so it is done only for the calls that create: every
// direct one, and the calls of helpers once they are known to create.
func (c *checker) locate(s *site) {
	if s.located {
		return
	}
	s.located = true
	s.place = c.scope.At(s.cur)
	s.decl = astx.EnclosingDecl(s.cur)
	if c.guards == nil {
		c.guards = newGuards(c.pass.TypesInfo, c.ins)
	}
	s.skip = passkit.IsTestFile(c.pass.Fset, s.call.Pos()) || c.guards.cached(s.cur)
}
