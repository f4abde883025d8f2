package instrumentcreation

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/reqscope"
)

// What a Prometheus registry is made for. A registry made per call is a
// problem only when something reads it: its metrics start from zero on
// every call. A registry that only receives registrations (a throwaway
// registerer a library requires) exposes nothing, and a registry kept
// past the call by set-up code (one per tenant, handed to the component
// that aggregates them) is that component's set-up.

// registryNotPerCall reports whether the registry created at s is not a
// registry per call: it is never exposed, or it is kept by code that is
// not request-scoped for a stronger reason than a loop or a context.
func (c *checker) registryNotPerCall(s *site) bool {
	if !c.idx.Is(s.call, apis.PromNewRegistry...) {
		return false
	}
	if c.registryUnexposed(s) {
		return true
	}
	weak := s.place.Kind != reqscope.Request || s.place.Loop || s.place.Context
	return weak && c.registryKept(s)
}

// registryUnexposed reports whether the registry created at s only ever
// receives registrations: handed directly to a parameter of type
// prometheus.Registerer, or assigned to a local variable whose every use
// in the function is a Register, MustRegister or Unregister call on it or
// an argument of type prometheus.Registerer. Nothing can gather it.
func (c *checker) registryUnexposed(s *site) bool {
	if e, _ := s.cur.ParentEdge(); e == edge.CallExpr_Args {
		return c.registerOnly(s.cur)
	}
	v := assignedVar(c.pass.TypesInfo, s.cur)
	if v == nil || isPackageVar(v) || s.decl == nil {
		return false
	}
	used := false
	for u := range c.uses(s, v) {
		if !c.registerOnly(u) {
			return false
		}
		used = true
	}
	return used
}

// registerOnly reports whether the expression at cur is used only to
// register collectors: the receiver of a registration method, or an
// argument whose parameter is a prometheus.Registerer.
func (c *checker) registerOnly(cur inspector.Cursor) bool {
	switch e, i := cur.ParentEdge(); e {
	case edge.SelectorExpr_X:
		if e, _ := cur.Parent().ParentEdge(); e != edge.CallExpr_Fun {
			return false
		}
		return c.idx.Is(cur.Parent().Parent().Node().(*ast.CallExpr), apis.PromRegistration...)
	case edge.CallExpr_Args:
		t := c.paramType(cur.Parent().Node().(*ast.CallExpr), i)
		return t != nil && types.IsInterface(t) && apis.IsTypeIn(t, apis.PromRegistererType)
	}
	return false
}

// registryKept reports whether the registry created at s is kept past
// the call: stored into a field, a map, a slice or a package variable
// (directly or through a local variable), or handed to a function of the
// program that takes the registry itself (*prometheus.Registry or a
// Gatherer) to keep or gather it, such as the component that aggregates
// one registry per tenant.
func (c *checker) registryKept(s *site) bool {
	if stored(c.pass.TypesInfo, s.cur) {
		return true
	}
	v := assignedVar(c.pass.TypesInfo, s.cur)
	if v == nil || isPackageVar(v) || s.decl == nil {
		return false
	}
	for u := range c.uses(s, v) {
		if e, i := u.ParentEdge(); e == edge.CallExpr_Args {
			call := u.Parent().Node().(*ast.CallExpr)
			fn := apis.Callee(c.pass.TypesInfo, call)
			if fn != nil && fn.Pkg() != nil && !isLibrary(fn.Pkg().Path()) && apis.IsTypeIn(c.paramType(call, i), apis.PromRegistryReaders) {
				return true
			}
		}
	}
	return false
}

// uses yields the cursors of the uses of the local variable v in the
// function declaration around s.
func (c *checker) uses(s *site, v *types.Var) func(func(inspector.Cursor) bool) {
	return func(yield func(inspector.Cursor) bool) {
		for d := range s.cur.Enclosing((*ast.FuncDecl)(nil)) {
			for u := range d.Preorder((*ast.Ident)(nil)) {
				if c.pass.TypesInfo.Uses[u.Node().(*ast.Ident)] == v && !yield(u) {
					return
				}
			}
			return
		}
	}
}

// paramType returns the type of the parameter that receives argument i
// of call, the element type for the variadic part, or nil for a
// conversion or a call of unknown signature.
func (c *checker) paramType(call *ast.CallExpr, i int) types.Type {
	t := c.pass.TypesInfo.TypeOf(call.Fun)
	if t == nil || call.Ellipsis.IsValid() {
		return nil
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return nil
	}
	n := sig.Params().Len()
	switch {
	case sig.Variadic() && i >= n-1:
		if sl, ok := sig.Params().At(n - 1).Type().(*types.Slice); ok {
			return sl.Elem()
		}
		return nil
	case i < n:
		return sig.Params().At(i).Type()
	}
	return nil
}
