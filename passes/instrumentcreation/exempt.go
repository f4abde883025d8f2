package instrumentcreation

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/otellint/otellint/internal/apis"
)

// exempt reports whether a direct creation in request-scoped code is not
// a creation per call after all, because nothing it makes outlives the
// call:
//
//   - a callback registered and unregistered in the same function:
//     reg, _ := meter.RegisterCallback(cb, gauge); defer reg.Unregister()
//   - a registration into a registry made in the same function:
//     reg := prometheus.NewRegistry(); reg.MustRegister(probe)
//   - a registry made and served in the same function, the multi-target
//     exporter pattern: promhttp.HandlerFor(reg, opts).ServeHTTP(w, r)
//
// Each is judged within the function declaration around the call; a
// registry or registration that escapes it some other way is still
// reported.
func (c *checker) exempt(s *site) bool {
	info := c.pass.TypesInfo
	switch k := c.idx.Key(s.call); {
	case slices.Contains(apis.PromRegistryRegister, k):
		sel, ok := ast.Unparen(s.call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		v := localVar(info, sel.X)
		return v != nil && definedBy(info, s.decl, v, func(call *ast.CallExpr) bool {
			return c.idx.Is(call, apis.PromNewRegistry...)
		})
	case slices.Contains(apis.PromNewRegistry, k):
		v := assignedVar(info, s.cur)
		return v != nil && c.served(s.decl, v)
	case k == apis.MeterRegisterCB:
		v := assignedVar(info, s.cur)
		return v != nil && c.unregistered(s.decl, v)
	}
	return false
}

// unregistered reports whether decl calls v.Unregister(): a callback
// registered for the duration of one call does not pile up.
func (c *checker) unregistered(decl *ast.FuncDecl, v *types.Var) bool {
	return anyCall(decl, func(call *ast.CallExpr) bool {
		return c.idx.Is(call, apis.MetricUnregister) && receiverIs(c.pass.TypesInfo, call, v)
	})
}

// served reports whether the registry v is handed to promhttp or gathered
// in decl: the registry is made to answer this request.
func (c *checker) served(decl *ast.FuncDecl, v *types.Var) bool {
	info := c.pass.TypesInfo
	return anyCall(decl, func(call *ast.CallExpr) bool {
		fn := apis.Callee(info, call)
		if fn == nil {
			return false
		}
		if fn.Pkg() != nil && fn.Pkg().Path() == apis.PromhttpPkg {
			for _, a := range call.Args {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && info.Uses[id] == v {
					return true
				}
			}
		}
		return c.idx.Is(call, apis.PromGather) && receiverIs(info, call, v)
	})
}

// receiverIs reports whether call is a method call on the variable v.
func receiverIs(info *types.Info, call *ast.CallExpr, v *types.Var) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	return ok && info.Uses[id] == v
}

// anyCall reports whether some call in the body of decl satisfies match.
func anyCall(decl *ast.FuncDecl, match func(*ast.CallExpr) bool) bool {
	if decl == nil || decl.Body == nil {
		return false
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found && match(call) {
			found = true
		}
		return !found
	})
	return found
}

// definedBy reports whether v is assigned in decl from a call that
// matches.
func definedBy(info *types.Info, decl *ast.FuncDecl, v *types.Var, match func(*ast.CallExpr) bool) bool {
	if decl == nil || decl.Body == nil {
		return false
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found {
			return !found
		}
		for i, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || info.ObjectOf(id) != v || i >= len(as.Rhs) {
				continue
			}
			if call, ok := ast.Unparen(as.Rhs[i]).(*ast.CallExpr); ok && match(call) {
				found = true
			}
		}
		return true
	})
	return found
}
