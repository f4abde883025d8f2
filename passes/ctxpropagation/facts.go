package ctxpropagation

import (
	"go/ast"
	"go/types"

	"github.com/otellint/otellint/internal/ctxscope"
	"github.com/otellint/otellint/internal/passkit"
)

// waitsFact marks a function that uses some of its context parameters
// only to wait: their Done, Err or Deadline, a wait helper, or another
// function that does the same (or one that ends the process, whose
// context is the shutdown's). A context.Background() given there loses
// no trace.
type waitsFact struct{ ctxscope.WaitParams }

// AFact marks waitsFact as an analysis fact.
func (*waitsFact) AFact() {}

// waitsOn reports whether fn uses its i-th parameter, a context, only to
// wait: learned from its body for a function of the package, from its
// fact for another.
func (c *checker) waitsOn(fn *types.Func, i int) bool {
	fn = fn.Origin()
	if fn.Pkg() != c.pass.Pkg {
		var f waitsFact
		if fn.Pkg() == nil || !c.pass.ImportObjectFact(fn, &f) {
			return false
		}
		for _, p := range f.Params {
			if p == i {
				return true
			}
		}
		return false
	}
	v := paramVar(fn, i)
	if v == nil || !ctxscope.IsContext(v.Type()) {
		return false
	}
	d := c.decls[fn]
	switch {
	case d == nil:
		return c.implsWaitOn(fn, i) // an interface method, or no body
	case d.Body != nil && (v.Name() == "_" || v.Name() == ""):
		return true // declared unused: it reaches nothing
	}
	return c.onlyWaited(v)
}

// onlyWaited reports whether every use of the context parameter v waits
// on it, as varFate would find (a parameter never read does not wait),
// but stops at the first use that does more: most functions hand their
// context on at once, and the question is asked of every exported
// function of the module.
func (c *checker) onlyWaited(v *types.Var) bool {
	if f, ok := c.fates[v]; ok {
		return f == waited
	}
	if w, ok := c.waits[v]; ok {
		return w
	}
	c.waits[v] = true // while deciding (cycles), as varFate
	used, only := false, true
	// A getter of settings kept in the context waits in effect: the
	// same walk tells it ([checker.settingsUse]).
	settings, reads := true, false
	for uc := range c.eachUse(v) {
		used = true
		if settings {
			switch c.settingsUse(uc) {
			case useSettings:
				reads = true
			case useNilCheck:
			default:
				settings = false
			}
		}
		if only && c.useFate(uc, 1) != waited {
			only = false
		}
		if !only && !settings {
			break
		}
	}
	w := used && (only || settings && reads)
	c.waits[v] = w
	return w
}

// implsWaitOn reports whether m is a method of an interface and every
// method of the package that implements it waits on its i-th parameter
// (there must be one): a call through the interface waits too. The
// implementations of other packages are not seen.
func (c *checker) implsWaitOn(m *types.Func, i int) bool {
	recv := m.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	iface, ok := recv.Type().Underlying().(*types.Interface)
	if !ok {
		return false
	}
	n := 0
	for fn := range c.decls {
		r := fn.Type().(*types.Signature).Recv()
		if fn.Name() != m.Name() || r == nil || types.IsInterface(r.Type()) || generic(r.Type()) || !types.Implements(r.Type(), iface) {
			continue // Implements is unspecified for an uninstantiated generic type
		}
		if !c.waitsOn(fn, i) {
			return false
		}
		n++
	}
	return n > 0
}

// exportWaits exports the facts of the exported functions of the package
// that use a context parameter only to wait, for the packages that call
// them; and of the methods of its exported interfaces whose every
// implementation in the package waits on the parameter, for the packages
// that call through the interface (a concurrency gate's Start).
func (c *checker) exportWaits() {
	for fn, d := range c.decls {
		if fn.Exported() && d.Body != nil {
			c.exportWaitsOf(fn)
		}
	}
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() || tn.IsAlias() || generic(tn.Type()) {
			continue
		}
		it, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for m := range it.ExplicitMethods() {
			if m.Exported() {
				c.exportWaitsOf(m)
			}
		}
	}
}

// exportWaitsOf exports the fact of fn, a function or a method of the
// package, when it waits on some of its context parameters.
func (c *checker) exportWaitsOf(fn *types.Func) {
	sig := fn.Type().(*types.Signature)
	var f waitsFact
	for i := range sig.Params().Len() {
		if ctxscope.IsContext(sig.Params().At(i).Type()) && c.waitsOn(fn, i) {
			f.Params = append(f.Params, i)
		}
	}
	if len(f.Params) > 0 {
		c.pass.ExportObjectFact(fn, &f)
	}
}

// collectDecls records the function declarations of the package's
// files other than _test.go files: a test's fake implementation says
// nothing of what the program does.
func (c *checker) collectDecls(files []*ast.File) {
	for _, f := range files {
		if passkit.IsTestFile(c.pass.Fset, f.FileStart) {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					c.decls[fn] = fd
				}
			}
		}
	}
}

// generic reports whether t, a receiver type, is a generic type or a
// pointer to one.
func generic(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.TypeParams().Len() > 0
}
