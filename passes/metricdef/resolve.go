package metricdef

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/passkit"
)

// An instrument is recorded on far from where it is created: a
// package-level variable set in init, a struct field set in a
// constructor, a local variable. resolve finds the creations an
// instrument expression may hold by following the assignments of the
// package to each variable and field, and gives up (nil) as soon as one
// of them is not understood: a parameter, a value from another package,
// a helper's result.

// assignments returns, for every variable and struct field of the
// package, the values assigned to it in the package's non-test files:
// in assignments, var declarations and struct literals (a declaration
// without a value and an assignment of nil give none). In "h, err :=
// meter.Float64Histogram(...)" h is given the call; a variable given
// one result of another multi-valued expression is given nil (unknown).
func (c *checker) assignments() map[*types.Var][]ast.Expr {
	if c.assigns != nil {
		return c.assigns
	}
	c.assigns = map[*types.Var][]ast.Expr{}
	info := c.pass.TypesInfo
	add := func(l ast.Expr, r ast.Expr) {
		if v := c.varOf(l); v != nil {
			c.assigns[v] = append(c.assigns[v], r)
		}
	}
	for file := range passkit.NonTestFiles(c.pass, c.ins) {
		for cur := range file.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil)) {
			if lit, ok := cur.Node().(*ast.CompositeLit); ok {
				c.structFields(info, lit, add)
				continue
			}
			lhs, rhs := passkit.Assignment(cur.Node())
			for i, l := range lhs {
				switch {
				case len(rhs) == 0:
					// var h metric.Float64Histogram: the zero value, set later
				case len(lhs) == len(rhs):
					if astx.IsNil(info, rhs[i]) {
						continue // reset, not another instrument
					}
					add(l, rhs[i])
				case len(rhs) == 1 && i == 0:
					if call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok {
						add(l, call) // v, err := meter.Int64Counter(...)
						continue
					}
					add(l, nil)
				default:
					add(l, nil)
				}
			}
		}
	}
	return c.assigns
}

// structFields adds the fields a struct literal sets, by name or by
// position.
func (c *checker) structFields(info *types.Info, lit *ast.CompositeLit, add func(l, r ast.Expr)) {
	tv, ok := info.Types[lit]
	if !ok {
		return
	}
	st, ok := tv.Type.Underlying().(*types.Struct)
	if !ok {
		if p, isPtr := tv.Type.Underlying().(*types.Pointer); isPtr {
			st, ok = p.Elem().Underlying().(*types.Struct)
		}
		if !ok {
			return
		}
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if f, ok := info.Uses[id].(*types.Var); ok && f.IsField() {
					c.assigns[f] = append(c.assigns[f], kv.Value)
				}
			}
			continue
		}
		if i < st.NumFields() {
			c.assigns[st.Field(i)] = append(c.assigns[st.Field(i)], elt)
		}
	}
}

// varOf returns the variable or field e names (v, s.f, pkg.V), or nil.
func (c *checker) varOf(e ast.Expr) *types.Var {
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := info.ObjectOf(e).(*types.Var)
		return v
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			if sel.Kind() != types.FieldVal {
				return nil
			}
			v, _ := sel.Obj().(*types.Var)
			return v
		}
		v, _ := info.Uses[e.Sel].(*types.Var) // pkg.V
		return v
	}
	return nil
}

// resolve returns the definitions the instrument expression e may hold,
// or nil when one of them is not known.
func (c *checker) resolve(e ast.Expr) []*instrument {
	return c.resolveDepth(e, map[*types.Var]bool{})
}

func (c *checker) resolveDepth(e ast.Expr, seen map[*types.Var]bool) []*instrument {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if d := c.defAt[call]; d != nil {
			return []*instrument{d}
		}
		// hist.WithLabelValues("GET"), vec.MustCurryWith(labels): the
		// child of a labelled collector is defined by the collector.
		if c.idx.Is(call, apis.PromWith...) {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				return c.resolveDepth(sel.X, seen)
			}
		}
		if arg := c.passedThrough(call); arg != nil {
			return c.resolveDepth(arg, seen)
		}
		return nil
	}
	v := c.varOf(e)
	if v == nil || seen[v] {
		return nil
	}
	seen[v] = true
	defer delete(seen, v)
	vals := c.assignments()[v]
	if len(vals) == 0 {
		return nil // a parameter, or set in another package
	}
	var out []*instrument
	for _, val := range vals {
		if val == nil {
			return nil
		}
		ds := c.resolveDepth(val, seen)
		if ds == nil {
			return nil
		}
		out = append(out, ds...)
	}
	return out
}

// passedThrough returns the argument that a call of a generic must-helper
// returns: mustCreate(meter.Int64Counter(...)), where
//
//	func mustCreate[T any](t T, err error) T
//
// The helper's only result is of a type parameter T that exactly one of
// its parameters has, and T is not constrained to a type set: such a
// function can return only that parameter or T's zero value, whatever
// its body. The argument is the instrument creation itself when the
// call spreads one multi-valued call over the parameters and the
// parameter is the first (v, err := meter.Int64Counter(...) takes the
// same shape). It returns nil for any other call.
func (c *checker) passedThrough(call *ast.CallExpr) ast.Expr {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Signature()
	if sig.TypeParams().Len() == 0 || sig.Results().Len() != 1 || sig.Variadic() {
		return nil
	}
	tp, ok := sig.Results().At(0).Type().(*types.TypeParam)
	if !ok {
		return nil
	}
	if iface, ok := tp.Constraint().Underlying().(*types.Interface); !ok || !iface.IsMethodSet() || iface.NumMethods() > 0 {
		return nil // a type set (int | float64) could make other values
	}
	at := -1
	for i := range sig.Params().Len() {
		if sig.Params().At(i).Type() == tp {
			if at >= 0 {
				return nil // two candidates
			}
			at = i
		}
	}
	switch {
	case at < 0:
		return nil
	case len(call.Args) == sig.Params().Len():
		return call.Args[at]
	case len(call.Args) == 1 && at == 0:
		if inner, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr); ok {
			return inner // mustCreate(meter.Int64Counter(...))
		}
	}
	return nil
}
