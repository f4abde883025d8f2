package apis

import (
	"cmp"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// A Call is a call of a function or method known statically, as the
// shared walk of the package found it. Passes range over [Index.Calls] or
// [Index.CallsIn] instead of walking the syntax tree for calls and
// resolving each callee again.
type Call struct {
	Cur inspector.Cursor // the *ast.CallExpr
	Fn  *types.Func      // the callee, as [Callee] returns it; never nil
	Key string           // the canonical key, or "" if the call is not recognised
}

// Node returns the call expression.
func (c Call) Node() *ast.CallExpr { return c.Cur.Node().(*ast.CallExpr) }

// Calls returns every call of the package whose callee is a function or
// a method (not a function value, a conversion or a builtin), in the
// order of a preorder walk. The slice is shared: callers must not modify
// it. An Index made by [NewIndex] has none.
func (idx *Index) Calls() []Call {
	idx.callsOnce.Do(idx.collect)
	return idx.all
}

// collect fills the list of calls. The keys are filled by run, and only
// where the package imports a recognised library: elsewhere every key is
// "".
func (idx *Index) collect() {
	if idx.ins == nil {
		return
	}
	for cur := range idx.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		if fn := Callee(idx.info, cur.Node().(*ast.CallExpr)); fn != nil {
			idx.all = append(idx.all, Call{Cur: cur, Fn: fn})
		}
	}
}

// CallsIn returns the calls of [Index.Calls] inside the subtree at cur,
// cur itself included, in the same order.
func (idx *Index) CallsIn(cur inspector.Cursor) []Call {
	all := idx.Calls()
	if cur.Index() < 0 {
		return all // the root
	}
	i, _ := slices.BinarySearchFunc(all, cur.Index(), func(c Call, x int32) int { return cmp.Compare(c.Cur.Index(), x) })
	j := i
	for j < len(all) && cur.Contains(all[j].Cur) {
		j++
	}
	return all[i:j]
}

// CalleeAt returns the callee of the call at cur, as [Callee] does, found
// in the list of calls rather than resolved again.
func (idx *Index) CalleeAt(cur inspector.Cursor) *types.Func {
	all := idx.Calls()
	if i, ok := slices.BinarySearchFunc(all, cur.Index(), func(c Call, x int32) int { return cmp.Compare(c.Cur.Index(), x) }); ok {
		return all[i].Fn
	}
	return nil
}

// Callees returns a function that answers [Index.CalleeAt] for the calls
// inside the subtree at scope, asked in the order of a preorder walk of
// it: a walk that visits calls among other nodes resolves each callee in
// constant time. A cursor asked out of order, or outside scope, has no
// callee.
func (idx *Index) Callees(scope inspector.Cursor) func(cur inspector.Cursor) *types.Func {
	calls := idx.CallsIn(scope)
	i := 0
	return func(cur inspector.Cursor) *types.Func {
		for i < len(calls) && calls[i].Cur.Index() < cur.Index() {
			i++
		}
		if i < len(calls) && calls[i].Cur.Index() == cur.Index() {
			return calls[i].Fn
		}
		return nil
	}
}
