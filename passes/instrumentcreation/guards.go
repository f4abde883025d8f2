package instrumentcreation

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/astx"
)

// guards tells cache tests apart from other conditions. A creation that
// runs only when a cached value is missing is made once per key, not per
// request, so the pass is silent for it. What counts as a cached value is
// judged by shape: a field, a package variable, a map or slice element,
// or a local variable that came from a lookup (a map index, a type
// assertion, a call such as cache.Load(k)). An error compared with nil is
// never one: "if err != nil" guards failures, not caches.
type guards struct {
	info    *types.Info
	lookups map[*types.Var]bool // variables assigned from a lookup
}

// newGuards finds the variables of the package assigned from a map
// index, a type assertion or a call.
func newGuards(info *types.Info, ins *inspector.Inspector) *guards {
	g := &guards{info: info, lookups: map[*types.Var]bool{}}
	for cur := range ins.Root().Preorder((*ast.AssignStmt)(nil)) {
		as := cur.Node().(*ast.AssignStmt)
		if len(as.Rhs) != 1 {
			continue
		}
		switch ast.Unparen(as.Rhs[0]).(type) {
		case *ast.IndexExpr, *ast.TypeAssertExpr, *ast.CallExpr:
		default:
			continue
		}
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok {
				if v, ok := info.ObjectOf(id).(*types.Var); ok {
					g.lookups[v] = true
				}
			}
		}
	}
	return g
}

// cached reports whether the call at cur only runs when a cached value is
// missing:
//
//	if s.counter == nil { s.counter, _ = meter.Int64Counter(...) }
//	if c, ok := cache[name]; !ok { c, _ = meter.Int64Counter(name); ... }
//	if c, ok := cache[name]; ok { return c }; c, _ := meter.Int64Counter(name)
//	if counter != nil { return counter }; ...; counter, _ = meter.Int64Counter(...)
//
// It climbs from the call to its function declaration: the call is in
// the body of an if whose condition tests a miss, in the else of one that
// tests a hit, or after an if that tests a hit and returns.
func (g *guards) cached(cur inspector.Cursor) bool {
	child := cur
	for c := range cur.Enclosing() {
		if c == cur {
			continue
		}
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			return false
		case *ast.IfStmt:
			switch e, _ := child.ParentEdge(); e {
			case edge.IfStmt_Body:
				if g.missTest(n.Cond) {
					return true
				}
			case edge.IfStmt_Else:
				if g.hitTest(n.Cond) {
					return true
				}
			}
		case *ast.BlockStmt:
			for _, st := range n.List {
				if st == child.Node() {
					break
				}
				if ifs, ok := st.(*ast.IfStmt); ok && g.hitTest(ifs.Cond) && returns(ifs.Body) {
					return true
				}
			}
		}
		child = c
	}
	return false
}

// returns reports whether the block ends with a return.
func returns(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}

// missTest reports whether cond tests that a cached value is missing:
// x == nil for a field, package variable, element or lookup result, or
// !ok for a comma-ok lookup.
func (g *guards) missTest(cond ast.Expr) bool {
	switch e := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			return g.missTest(e.X) || g.missTest(e.Y)
		case token.EQL:
			return g.nilCompare(e)
		}
	case *ast.UnaryExpr:
		return e.Op == token.NOT && g.isOK(e.X)
	}
	return false
}

// hitTest reports whether cond tests that a cached value is present:
// x != nil or ok, as in missTest.
func (g *guards) hitTest(cond ast.Expr) bool {
	switch e := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			return g.hitTest(e.X) || g.hitTest(e.Y)
		case token.NEQ:
			return g.nilCompare(e)
		}
	case *ast.Ident:
		return g.isOK(e)
	}
	return false
}

// nilCompare reports whether e compares a cache-like value (not an error)
// with nil.
func (g *guards) nilCompare(e *ast.BinaryExpr) bool {
	x := e.X
	if astx.IsNil(g.info, x) {
		x = e.Y
	} else if !astx.IsNil(g.info, e.Y) {
		return false
	}
	t := g.info.TypeOf(x)
	if t == nil || types.Identical(t, types.Universe.Lookup("error").Type()) {
		return false
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.SelectorExpr, *ast.IndexExpr:
		return true
	case *ast.Ident:
		if isPackageVar(g.info.Uses[x]) {
			return true
		}
		return g.definedFromLookup(x)
	}
	return false
}

// isOK reports whether e is the boolean of a comma-ok form:
// v, ok := m[k], v, ok := x.(T) or v, ok := cache.Load(k).
func (g *guards) isOK(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := g.info.Uses[id].(*types.Var)
	if !ok || v.Type() == nil {
		return false
	}
	if b, ok := v.Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return false
	}
	return g.definedFromLookup(id)
}

// definedFromLookup reports whether the local variable id was set by an
// assignment from a map index, a type assertion or a call
// (x, ok := m[k]; v := cache.Load(k)).
func (g *guards) definedFromLookup(id *ast.Ident) bool {
	v, ok := g.info.Uses[id].(*types.Var)
	return ok && g.lookups[v]
}
