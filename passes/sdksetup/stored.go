package sdksetup

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"

	"github.com/otellint/otellint/internal/passkit"
)

// A provider stored in an unexported package variable or an unexported
// field of a type of the package can only be shut down by the package
// itself: when no use of that variable in the package's code shuts it
// down or hands it on, nothing ever will.
//
//	var meterProvider *sdkmetric.MeterProvider
//	...
//	meterProvider = sdkmetric.NewMeterProvider(...)   // reported
//	otel.SetMeterProvider(meterProvider)

// privateHolder returns the unexported package variable or field of the
// package that e names, or nil.
func (c *checker) privateHolder(e ast.Expr) *types.Var {
	v := c.varOf(e)
	if v == nil || v.Exported() || v.Pkg() != c.pass.Pkg {
		return nil
	}
	if v.IsField() || v.Parent() == c.pass.Pkg.Scope() {
		return v
	}
	return nil
}

// storedNeverShutDown reports whether no use of the package variable or
// field v in the package's non-test code shuts the provider it holds down
// or hands it on; noOwner is a call that keeps it without shutting it
// down. Memoized.
func (c *checker) storedNeverShutDown(v *types.Var) (bool, *ast.CallExpr) {
	if r, ok := c.stored[v]; ok {
		return r.never, r.noOwner
	}
	r := storedResult{never: true}
	for file := range passkit.NonTestFiles(c.pass, c.ins) {
		for cur := range file.Preorder((*ast.Ident)(nil)) {
			if id := cur.Node().(*ast.Ident); id.Name != v.Name() || c.pass.TypesInfo.Uses[id] != v {
				continue
			}
			if k, _ := cur.ParentEdge(); k == edge.SelectorExpr_Sel {
				cur = cur.Parent() // a.tp: judge the selector
			}
			ev, _, to, _ := c.classify(cur, nil)
			if ev&evConsumed != 0 {
				r.never = false
			}
			if ev&evNoOwner != 0 && r.noOwner == nil {
				r.noOwner = to
			}
		}
	}
	c.stored[v] = r
	return r.never, r.noOwner
}

// storedResult is the memoized answer of storedNeverShutDown.
type storedResult struct {
	never   bool
	noOwner *ast.CallExpr
}

// checkStored reports the provider made by call and stored at e when e
// is a private holder that nothing shuts down.
func (c *checker) checkStored(call *ast.CallExpr, k kind, e ast.Expr) {
	h := c.privateHolder(e)
	if h == nil {
		return
	}
	if never, noOwner := c.storedNeverShutDown(h); never {
		c.reportNever(call, k, "stored in "+holderDesc(h)+" is never shut down: nothing in this package shuts it down", noOwner)
	}
}

// holderDesc names a package variable or field for the messages.
func holderDesc(v *types.Var) string {
	if v.IsField() {
		return "field " + v.Name()
	}
	return "package variable " + v.Name()
}
