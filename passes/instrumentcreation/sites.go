package instrumentcreation

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/logscope"
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
	provision  int8 // provisions: 0 not yet known, 1 yes, 2 no
}

// sites gathers, in one walk of the package, the calls that create
// (direct) and the calls of functions that may create (calls): those of
// the package, whose facts are learned next, and those of other packages
// known to create. A call of an interface method is neither: its body is
// not known.
func (c *checker) sites() (direct, calls []*site) {
	for _, k := range c.idx.Calls() {
		cur, call, fn := k.Cur, k.Node(), k.Fn
		if k.Key != "" {
			cr, ok := classify(c.idx, fn, call)
			if !ok {
				cr, ok = c.classifyLogger(call)
			}
			if ok {
				direct = append(direct, &site{cur: cur, call: call, c: cr})
				continue
			}
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
	s.skip = passkit.IsTestFile(c.pass.Fset, s.call.Pos()) || c.guards.cached(s.cur) ||
		logscope.TestHelper(c.pass.TypesInfo, s.cur) || c.parentProvider(s.call, s.decl) || c.noopProvider(s.call)
}

// noopProvider reports whether call takes a tracer from a no-op provider,
// noop.NewTracerProvider().Tracer(name): it costs nothing.
func (c *checker) noopProvider(call *ast.CallExpr) bool {
	if !c.idx.Is(call, apis.TracerProviderTrace) {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && apis.IsNoop(c.pass.TypesInfo.TypeOf(sel.X), apis.NoopTracerProviders)
}

// parentProvider reports whether call takes a tracer from the provider
// of a span, directly or through a local variable:
//
//	trace.SpanFromContext(ctx).TracerProvider().Tracer(name)
//
// The provider depends on the caller's span, so the tracer cannot be
// taken once at set-up: instrumentation does this on purpose, to start
// its spans on the same pipeline as the span it continues.
func (c *checker) parentProvider(call *ast.CallExpr, decl *ast.FuncDecl) bool {
	if !c.idx.Is(call, apis.TracerProviderTrace) {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	x := ast.Unparen(sel.X)
	if id, ok := x.(*ast.Ident); ok {
		v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
		if v == nil || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() {
			return false
		}
		x = nil
		if decl == nil || decl.Body == nil {
			return false
		}
		// A local variable: follow its definition, tp := span.TracerProvider().
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != len(as.Rhs) {
				return x == nil
			}
			for i, l := range as.Lhs {
				if lid, ok := l.(*ast.Ident); ok && c.pass.TypesInfo.Defs[lid] == v {
					x = ast.Unparen(as.Rhs[i])
				}
			}
			return x == nil
		})
	}
	inner, ok := x.(*ast.CallExpr)
	return ok && c.idx.Is(inner, apis.SpanTracerProvider)
}
