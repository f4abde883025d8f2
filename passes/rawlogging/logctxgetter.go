package rawlogging

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/otellint/otellint/internal/apis"
)

// globalEntry tells whether call, a log call on a *logrus.Entry, logs
// through a package-level entry (log.L, or an entry derived from it by
// WithField, WithFields, WithError) of a package that also keeps an entry
// in the context and hands it out by a getter (log.G(ctx),
// apis.CtxEntryGetter). It returns the getter as the call should name it
// ("log.G").
func (c *checker) globalEntry(call *ast.CallExpr) (string, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	info := c.pass.TypesInfo
	x := sel.X
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.CallExpr:
			key := c.idx.Key(e)
			fs, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
			if !ok || slices.Contains(apis.LogrusWithCtx, key) {
				return "", false // the entry carries a context
			}
			if !entryDerivation(key) {
				return "", false
			}
			x = fs.X
			continue
		case *ast.Ident:
			return c.entryGetterOf(info.Uses[e], "")
		case *ast.SelectorExpr:
			pkgID, ok := ast.Unparen(e.X).(*ast.Ident)
			if !ok {
				return "", false
			}
			if _, ok := info.Uses[pkgID].(*types.PkgName); !ok {
				return "", false
			}
			return c.entryGetterOf(info.Uses[e.Sel], pkgID.Name+".")
		}
		return "", false
	}
}

// entryDerivation reports whether key is a method of *logrus.Entry that
// derives an entry with more fields, and the same context, from it.
func entryDerivation(key string) bool {
	for _, name := range []string{"WithField", "WithFields", "WithError"} {
		if key == "("+apis.LogrusEntry+")."+name {
			return true
		}
	}
	return false
}

// entryGetterOf returns the getter of obj's package when obj is a
// package-level *logrus.Entry of a package that declares one.
func (c *checker) entryGetterOf(obj types.Object, qual string) (string, bool) {
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() || !apis.IsLogrusEntryPtr(v.Type()) {
		return "", false
	}
	g, ok := c.entryGetters[v.Pkg()]
	if !ok {
		g = apis.CtxEntryGetter(v.Pkg())
		if c.entryGetters == nil {
			c.entryGetters = map[*types.Package]string{}
		}
		c.entryGetters[v.Pkg()] = g
	}
	if g == "" {
		return "", false
	}
	return qual + g, true
}

// isEntryGetterCall reports whether call calls a logrus entry getter
// (log.G(ctx)): it hands its context to the entry, whose hooks read it.
func (c *checker) isEntryGetterCall(call *ast.CallExpr) bool {
	if len(call.Args) != 1 {
		return false
	}
	tv, ok := c.pass.TypesInfo.Types[call.Fun]
	if !ok || !tv.IsValue() {
		return false
	}
	sig, _ := types.Unalias(tv.Type).(*types.Signature)
	return apis.IsCtxEntryGetter(sig)
}
