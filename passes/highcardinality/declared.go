package highcardinality

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/passkit"
)

// givenOnlyRoutes reports whether the label name, at index pos of the
// label names of the collector that the New*Vec call at cur creates, is
// only ever given route paths. The collector must be kept in a variable
// or field that no other package can reach, or copied to an exported
// variable of an internal package (returned in escapes: only the module
// can import it, and each importing package checks its own uses through
// a [vecFact]), and every use of it in the package must be one of:
//
//	vec.With(prometheus.Labels{name: route, ...})   (or GetMetricWith, CurryWith, MustCurryWith)
//	vec.WithLabelValues(..., route, ...)            (when pos is known: exact)
//	vec.Reset(), vec.Delete...(...), vec.Describe(ch), vec.Collect(ch)
//	prometheus.MustRegister(vec), reg.Register(vec)
//	[]prometheus.Collector{..., vec, ...}           (an interface that cannot label)
//	vec = prometheus.NewCounterVec(...)
//	Exported = vec                                  (followed, as is any copy)
//
// and at least one must give the label a value or copy the collector to
// an exported variable.
func (c *checker) givenOnlyRoutes(cur inspector.Cursor, name string, pos int, exact bool) (ok bool, escapes []*types.Var) {
	store := c.storeOf(cur)
	if store == nil {
		return false, nil
	}
	w := &routeWalk{name: name, pos: pos, exact: exact, seen: map[*types.Var]bool{}}
	if !c.storeGivenRoutes(store, w, 0) || (!w.labelled && len(w.escapes) == 0) {
		return false, nil
	}
	return true, w.escapes
}

// routeWalk is the state of givenOnlyRoutes over the places a collector
// is kept in.
type routeWalk struct {
	name     string
	pos      int
	exact    bool
	seen     map[*types.Var]bool
	labelled bool         // a use gives the label a route
	escapes  []*types.Var // exported variables the collector is copied to
}

// storeGivenRoutes reports whether every use of the variable or field
// store in the package's non-test files is one that givenOnlyRoutes
// accepts, following the copies of the collector to other variables.
func (c *checker) storeGivenRoutes(store *types.Var, w *routeWalk, depth int) bool {
	if w.seen[store] {
		return true
	}
	w.seen[store] = true
	if depth > maxRouteDepth {
		return false
	}
	local := !store.IsField() && store.Parent() != c.pass.Pkg.Scope()
	if !local && store.Exported() {
		if store.IsField() || store.Pkg() != c.pass.Pkg || !internalPath(c.pass.Pkg.Path()) {
			return false // other packages may label it, unseen
		}
		w.escapes = append(w.escapes, store)
	}
	for _, id := range c.usesOf(store) {
		if passkit.IsTestFile(c.pass.Fset, id.Pos()) {
			continue // test metrics never reach a back end
		}
		use, ok := c.ins.Root().FindByPos(id.Pos(), id.End())
		if !ok {
			return false
		}
		if k, _ := use.ParentEdge(); k == edge.SelectorExpr_Sel {
			use = use.Parent() // m.requests
		}
		switch k, _ := use.ParentEdge(); k {
		case edge.AssignStmt_Lhs, edge.KeyValueExpr_Key:
			continue // the collector is stored
		case edge.AssignStmt_Rhs, edge.ValueSpec_Values:
			// Exported = m.requests: the copy's uses count too.
			dst := c.storeOf(use)
			if dst == nil || !types.Identical(dst.Type(), store.Type()) || !c.storeGivenRoutes(dst, w, depth+1) {
				return false
			}
		case edge.CompositeLit_Elts:
			if !c.hidesLabels(use.Parent().Node().(*ast.CompositeLit), store.Type()) {
				return false // kept where it may be labelled
			}
		case edge.BinaryExpr_X, edge.BinaryExpr_Y:
			continue // compared: vec != nil
		case edge.CallExpr_Args:
			if !c.registers(use.Parent().Node().(*ast.CallExpr)) {
				return false // handed to code that may label it
			}
		case edge.SelectorExpr_X:
			method := use.Parent()
			if k, _ := method.ParentEdge(); k != edge.CallExpr_Fun {
				return false // a method value
			}
			call := method.Parent().Node().(*ast.CallExpr)
			key := c.idx.Key(call)
			if !slices.Contains(apis.PromWith, key) {
				if !c.keepsLabels(call) {
					return false
				}
				continue
			}
			var scope ast.Node
			if d := astx.EnclosingDecl(method); d != nil {
				scope = d
			}
			if !c.givesRoute(scope, call, key, w.name, w.pos, w.exact) {
				return false
			}
			w.labelled = true
		default:
			return false
		}
	}
	return true
}

// hidesLabels reports whether the elements of the slice or array literal
// lit are of an interface type whose every method, on a collector of
// type vec, makes no new child (prometheus.Collector: Describe and
// Collect), so that a collector put there cannot be labelled.
func (c *checker) hidesLabels(lit *ast.CompositeLit, vec types.Type) bool {
	var elem types.Type
	switch t := c.pass.TypesInfo.TypeOf(lit).Underlying().(type) {
	case *types.Slice:
		elem = t.Elem()
	case *types.Array:
		elem = t.Elem()
	default:
		return false
	}
	iface, ok := elem.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return false // any may be asserted back to anything
	}
	for m := range iface.Methods() {
		obj, _, _ := types.LookupFieldOrMethod(vec, true, m.Pkg(), m.Name())
		fn, ok := obj.(*types.Func)
		if !ok || !apis.RawKeyIn(fn, apis.PromKeepsLabels) {
			return false
		}
	}
	return true
}

// internalPath reports whether the import path has an internal element,
// so that only packages of the tree around it, in the same module, can
// import it.
func internalPath(path string) bool {
	for _, el := range strings.Split(path, "/") {
		if el == "internal" {
			return true
		}
	}
	return false
}

// storeOf returns the variable or field that the value of the call at
// cur is stored in: v := call, var v = call, s.f = call, T{f: call}.
func (c *checker) storeOf(cur inspector.Cursor) *types.Var {
	info := c.pass.TypesInfo
	target := astx.AssignedTo(cur)
	if k, _ := cur.ParentEdge(); k == edge.KeyValueExpr_Value {
		target = cur.Parent().Node().(*ast.KeyValueExpr).Key
	}
	switch t := ast.Unparen(target).(type) {
	case *ast.Ident:
		return astx.IdentVar(info, t) // a variable, or the field key of a struct literal
	case *ast.SelectorExpr:
		if s := info.Selections[t]; s != nil && s.Kind() == types.FieldVal {
			v, _ := s.Obj().(*types.Var)
			return v
		}
	}
	return nil
}

// registers reports whether call registers collectors with a Prometheus
// registry, or unregisters them: prometheus.MustRegister, or the
// Register, MustRegister and Unregister methods of a Registerer.
func (c *checker) registers(call *ast.CallExpr) bool {
	fn := apis.Callee(c.pass.TypesInfo, call)
	return fn != nil && apis.RawKeyIn(fn, apis.PromRegistration)
}

// keepsLabels reports whether call is a method of a Prometheus collector
// that makes no new child: Reset, the Delete methods, Describe, Collect.
func (c *checker) keepsLabels(call *ast.CallExpr) bool {
	fn := apis.Callee(c.pass.TypesInfo, call)
	return fn != nil && apis.RawKeyIn(fn, apis.PromKeepsLabels)
}

// givesRoute reports whether the labelling call gives the label name a
// route path: through prometheus.Labels, directly or in a local variable
// (whose later writes of the label count too), or at index pos of the
// values of WithLabelValues.
func (c *checker) givesRoute(scope ast.Node, call *ast.CallExpr, key, name string, pos int, exact bool) bool {
	if slices.Contains(apis.PromWithLabelValues, key) {
		return exact && !call.Ellipsis.IsValid() && pos < len(call.Args) && c.boundedPath(scope, call.Args[pos])
	}
	if len(call.Args) != 1 {
		return false
	}
	values, ok := c.labelValues(scope, call.Args[0], name)
	if !ok || len(values) == 0 {
		return false
	}
	for _, v := range values {
		if !c.boundedPath(scope, v) {
			return false
		}
	}
	return true
}

// labelValues returns the values that the prometheus.Labels expression e
// gives the label name: a composite literal, or a local variable assigned
// only composite literals and otherwise only indexed (labels[name] = v)
// and given to labelling calls; ok is false when that is not known.
func (c *checker) labelValues(scope ast.Node, e ast.Expr, name string) (values []ast.Expr, ok bool) {
	info := c.pass.TypesInfo
	if lit, isLit := ast.Unparen(e).(*ast.CompositeLit); isLit {
		return litValues(info, lit, name), true
	}
	id, isIdent := ast.Unparen(e).(*ast.Ident)
	v, isVar := info.Uses[id].(*types.Var)
	if !isIdent || !isVar || scope == nil || v.Parent() == c.pass.Pkg.Scope() {
		return nil, false
	}
	lits, ok := c.writes(scope, v)
	if !ok {
		return nil, false
	}
	for _, l := range lits {
		lit, isLit := ast.Unparen(l).(*ast.CompositeLit)
		if !isLit {
			return nil, false
		}
		values = append(values, litValues(info, lit, name)...)
	}
	root, _ := c.cursor(scope)
	for cur := range root.Preorder((*ast.Ident)(nil)) {
		if info.Uses[cur.Node().(*ast.Ident)] != v {
			continue
		}
		switch k, _ := cur.ParentEdge(); k {
		case edge.AssignStmt_Lhs:
			// a literal, collected above
		case edge.CallExpr_Args:
			if !slices.Contains(apis.PromWith, c.idx.Key(cur.Parent().Node().(*ast.CallExpr))) {
				return nil, false // given to code that may change it
			}
		case edge.IndexExpr_X:
			ix := cur.Parent()
			k, i := ix.ParentEdge()
			if k != edge.AssignStmt_Lhs {
				continue // a read
			}
			as := ix.Parent().Node().(*ast.AssignStmt)
			label, isConst := constval.String(info, ix.Node().(*ast.IndexExpr).Index)
			if !isConst || len(as.Lhs) != len(as.Rhs) {
				return nil, false
			}
			if label == name {
				values = append(values, as.Rhs[i])
			}
		default:
			return nil, false
		}
	}
	return values, true
}

// litValues returns the values the prometheus.Labels literal gives the
// label name.
func litValues(info *types.Info, lit *ast.CompositeLit, name string) []ast.Expr {
	var out []ast.Expr
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if k, ok := constval.String(info, kv.Key); ok && k == name {
				out = append(out, kv.Value)
			}
		}
	}
	return out
}
