package highcardinality

import (
	"go/ast"
	"go/types"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/passkit"
)

// deletedAgain reports whether the label value v, given to the labelled
// collector of the labelling call, is one whose series the package
// deletes again: a Delete, DeleteLabelValues or DeletePartialMatch of the
// same collector (the same variable, or the same field of its struct) is
// given the same variable or field, or the field that the function
// labelling with a local variable or parameter stores it in. The series
// then lives as long as the object of the program the value names (a
// discovered target, a connected peer), not one per request: there are
// as many as there are live objects.
//
//	func newLoop(url string, m *metrics) *loop {
//		m.sent.WithLabelValues(url)            // bounded: deleted in stop
//		return &loop{url: url, m: m}
//	}
//	func (l *loop) stop() { l.m.sent.DeleteLabelValues(l.url) }
func (c *checker) deletedAgain(scope ast.Node, call *ast.CallExpr, v ast.Expr) bool {
	info := c.pass.TypesInfo
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	coll := heldIn(info, sel.X)
	if coll == nil {
		return false
	}
	deleted := c.deletedValues()[coll]
	if len(deleted) == 0 {
		return false
	}
	obj := heldIn(info, v)
	if obj == nil {
		return false
	}
	if deleted[obj] {
		return true
	}
	if obj.IsField() || scope == nil {
		return false
	}
	// A local variable or parameter that the function keeps in a field
	// whose value the package deletes.
	stored := false
	ast.Inspect(scope, func(n ast.Node) bool {
		if stored {
			return false
		}
		switch n := n.(type) {
		case *ast.KeyValueExpr:
			if key, ok := n.Key.(*ast.Ident); ok {
				if f, ok := info.Uses[key].(*types.Var); ok && f.IsField() && deleted[f] && heldIn(info, n.Value) == obj {
					stored = true
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				return true
			}
			for i, lhs := range n.Lhs {
				if f := heldIn(info, lhs); f != nil && f.IsField() && deleted[f] && heldIn(info, n.Rhs[i]) == obj {
					stored = true
				}
			}
		}
		return true
	})
	return stored
}

// deletedValues returns, for each variable or field holding a labelled
// collector, the variables and fields whose values the package's
// non-test code gives to the collector's Delete methods; computed once.
//
//	vec.DeleteLabelValues(l.url)                        // vec: url
//	s.m.peers.DeletePartialMatch(prometheus.Labels{"peer": addr})
func (c *checker) deletedValues() map[*types.Var]map[*types.Var]bool {
	if c.deletions != nil {
		return c.deletions
	}
	c.deletions = map[*types.Var]map[*types.Var]bool{}
	info := c.pass.TypesInfo
	for fc := range passkit.NonTestFiles(c.pass, c.ins) {
		for cur := range fc.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			if !c.idx.Is(call, apis.PromVecDelete...) {
				continue
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			coll := heldIn(info, sel.X)
			if coll == nil {
				continue
			}
			values := call.Args
			if c.idx.Key(call) != apis.PromVecDeleteValues {
				values = nil
				if len(call.Args) == 1 {
					if lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit); ok {
						for _, elt := range lit.Elts {
							if kv, ok := elt.(*ast.KeyValueExpr); ok {
								values = append(values, kv.Value)
							}
						}
					}
				}
			}
			for _, a := range values {
				if obj := heldIn(info, a); obj != nil {
					if c.deletions[coll] == nil {
						c.deletions[coll] = map[*types.Var]bool{}
					}
					c.deletions[coll][obj] = true
				}
			}
		}
	}
	return c.deletions
}

// heldIn returns the variable or field e reads: v, pkg.V, or the field
// of x.f; nil for any other expression.
func heldIn(info *types.Info, e ast.Expr) *types.Var {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := info.Uses[e].(*types.Var)
		return v
	case *ast.SelectorExpr:
		if s := info.Selections[e]; s != nil {
			if s.Kind() != types.FieldVal {
				return nil
			}
			v, _ := s.Obj().(*types.Var)
			return v
		}
		v, _ := info.Uses[e.Sel].(*types.Var) // pkg.V
		return v
	}
	return nil
}
