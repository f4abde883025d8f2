package sdksetup

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/passkit"
)

// What shuts a provider down. A call shuts down when it calls an SDK
// provider's Shutdown, a function known to shut one down (its fact), a
// function literal that does, or a function value that holds a shutdown:
//
//	tp.Shutdown(ctx)
//	telemetry.Close(ctx)                 // a function whose fact says it shuts down
//	shutdown(ctx)                        // shutdown := tp.Shutdown, or a closure that calls it
//	cleanup()                            // cleanup, err := setupOTel(ctx), whose fact says result 0 shuts down
//	for _, fn := range shutdownFuncs {   // shutdownFuncs = append(shutdownFuncs, tp.Shutdown)
//		fn(ctx)
//	}
//
// A variable (local, package-level or a struct field) holds a shutdown when
// some assignment gives it one; the holders of a package are learned with
// its facts, flow-insensitively: where a cleanup is stored it is meant to
// be called.

// shutdownFact marks a function that shuts an SDK provider down when it is
// called (Calls), or returns functions that do (Results, their indices).
type shutdownFact struct {
	Calls   bool
	Results []int
}

// AFact marks shutdownFact as an analysis fact.
func (*shutdownFact) AFact() {}

// String describes the fact, as the tests expect it.
func (f *shutdownFact) String() string {
	if f.Calls {
		return "shuts down"
	}
	return "returns shutdown in result " + strings.Trim(fmt.Sprint(f.Results), "[]")
}

// empty reports whether the fact says nothing.
func (f *shutdownFact) empty() bool { return f == nil || (!f.Calls && len(f.Results) == 0) }

// equal reports whether two facts say the same.
func (f *shutdownFact) equal(g *shutdownFact) bool {
	if f.empty() || g.empty() {
		return f.empty() == g.empty()
	}
	return f.Calls == g.Calls && slices.Equal(f.Results, g.Results)
}

// factOf returns the fact of fn: learned in this package, or imported.
func (c *checker) factOf(fn *types.Func) *shutdownFact {
	fn = fn.Origin()
	if fn.Pkg() == c.pass.Pkg {
		return c.local[fn]
	}
	if f, ok := c.imported[fn]; ok {
		return f
	}
	var f *shutdownFact
	// A package without the SDK sets nothing up (run returns early): not
	// asking spares the drivers that compute facts on demand.
	if apis.PackageImportsAny(fn.Pkg(), sdkPackages...) {
		f = new(shutdownFact)
		if !c.pass.ImportObjectFact(fn, f) {
			f = nil
		}
	}
	c.imported[fn] = f
	return f
}

// decl is a function declaration of the package and what it mentions.
type decl struct {
	fd *ast.FuncDecl
	fn *types.Func
	// seed is set when the function mentions an SDK Shutdown or an
	// imported function with a fact; mentions lists the package's own
	// functions it mentions, whose facts may change its own.
	seed     bool
	mentions []*types.Func
}

// learnFacts learns which functions of the package shut a provider down or
// return functions that do, and which variables hold a shutdown; it
// exports the facts. Only the functions that mention a Shutdown, a
// function with a fact, or a function of the package are judged; rounds
// repeat until no fact changes (facts only grow, so they stop).
func (c *checker) learnFacts() {
	decls := c.decls()
	seeded := false
	for _, d := range decls {
		seeded = seeded || d.seed
	}
	if !seeded {
		return // no shutdown anywhere in the package: nothing to learn
	}
	for round := 0; round < 10; round++ {
		c.learnHolders()
		changed := false
		for _, d := range decls {
			if !d.seed && !slices.ContainsFunc(d.mentions, func(fn *types.Func) bool { return !c.local[fn].empty() }) {
				continue
			}
			f := c.judgeDecl(d.fd)
			if !f.equal(c.local[d.fn]) {
				c.local[d.fn] = f
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for fn, f := range c.local {
		if !f.empty() {
			c.pass.ExportObjectFact(fn, f)
		}
	}
}

// decls returns the function declarations of the package's non-test
// files with what each mentions, found from the identifiers' uses rather
// than by walking every body.
func (c *checker) decls() []*decl {
	var out []*decl
	for file := range passkit.NonTestFiles(c.pass, c.ins) {
		for _, d := range file.Node().(*ast.File).Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					out = append(out, &decl{fd: fd, fn: fn})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].fd.Pos() < out[j].fd.Pos() })
	at := func(pos token.Pos) *decl {
		i := sort.Search(len(out), func(i int) bool { return out[i].fd.End() > pos })
		if i < len(out) && out[i].fd.Pos() <= pos {
			return out[i]
		}
		return nil
	}
	// The seeds first: the mentions matter only to a package with one
	// (see learnFacts), which most packages are not, and placing a use
	// (reading its identifier) costs more than classifying its object.
	var mentions []*ast.Ident
	seeded := false
	for id, obj := range c.pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		switch {
		case slices.Contains(apis.SDKShutdowns, c.idx.FuncKey(fn)):
		case fn.Pkg() == c.pass.Pkg:
			mentions = append(mentions, id)
			continue
		case c.factOf(fn).empty():
			continue
		}
		if d := at(id.Pos()); d != nil {
			d.seed, seeded = true, true
		}
	}
	if !seeded {
		return out
	}
	for _, id := range mentions {
		d := at(id.Pos())
		if d == nil {
			continue
		}
		fn := c.pass.TypesInfo.Uses[id].(*types.Func).Origin()
		if !slices.Contains(d.mentions, fn) {
			d.mentions = append(d.mentions, fn)
		}
	}
	return out
}

// judgeDecl computes the fact of a function declaration from what is
// known so far: whether a call that runs with it shuts down, and which of
// its func-typed results shut down.
func (c *checker) judgeDecl(fd *ast.FuncDecl) *shutdownFact {
	f := &shutdownFact{Calls: c.shutsDownInline(fd.Body)}
	sig := c.pass.TypesInfo.Defs[fd.Name].(*types.Func).Signature()
	n := sig.Results().Len()
	results := make([]bool, n)
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			switch {
			case len(x.Results) == n:
				for i, e := range x.Results {
					results[i] = results[i] || c.isShutdownValue(e)
				}
			case len(x.Results) == 0:
				for i := range n {
					results[i] = results[i] || c.holds(sig.Results().At(i))
				}
			case len(x.Results) == 1:
				// return setupOTel(ctx): the results of the call
				if call, ok := ast.Unparen(x.Results[0]).(*ast.CallExpr); ok {
					if fn := apis.Callee(c.pass.TypesInfo, call); fn != nil {
						if g := c.factOf(fn); g != nil {
							for _, i := range g.Results {
								if i < n {
									results[i] = true
								}
							}
						}
					}
				}
			}
		}
		return true
	})
	for i, r := range results {
		if r {
			f.Results = append(f.Results, i)
		}
	}
	if len(f.Results) > 0 {
		// A function that returns a cleanup is a set-up function: the
		// shutdowns it calls itself are those of its failure paths.
		f.Calls = false
	}
	return f
}

// shutsDownInline reports whether a call in body that runs when the
// function runs shuts down: not the calls of a function literal returned
// or stored, which run when someone calls it, but those of a literal
// called, deferred, started or passed to a call (once.Do(func() {...})).
func (c *checker) shutsDownInline(body *ast.BlockStmt) bool {
	cur, ok := c.ins.Root().FindNode(body)
	if !ok {
		return false
	}
	for call := range cur.Preorder((*ast.CallExpr)(nil)) {
		if c.shutsDownCall(call.Node().(*ast.CallExpr)) && runsInline(call, body) {
			return true
		}
	}
	return false
}

// runsInline reports whether the node at cur runs when the function whose
// body is body runs: every function literal between them is called,
// deferred, started or passed to a call.
func runsInline(cur inspector.Cursor, body *ast.BlockStmt) bool {
	for lit := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		if lit.Node().Pos() <= body.Pos() {
			return true // reached the function itself
		}
		if _, ok := lit.Node().(*ast.FuncDecl); ok {
			return true
		}
		switch k, _ := lit.ParentEdge(); k {
		case edge.CallExpr_Fun, edge.CallExpr_Args:
		default:
			return false
		}
	}
	return true
}

// shutsDownCall reports whether calling call shuts a provider down.
func (c *checker) shutsDownCall(call *ast.CallExpr) bool {
	info := c.pass.TypesInfo
	if c.idx.Is(call, apis.SDKShutdowns...) {
		return true
	}
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.FuncLit:
		return c.shutsDownIn(fun.Body)
	case *ast.IndexExpr:
		return c.holds(c.varOf(fun.X)) // fns[i](ctx)
	case *ast.CallExpr:
		// setupOTel(ctx)(): the first result of a call
		if fn := apis.Callee(info, fun); fn != nil {
			f := c.factOf(fn)
			return f != nil && slices.Contains(f.Results, 0)
		}
		return false
	}
	if fn := apis.Callee(info, call); fn != nil {
		f := c.factOf(fn)
		return f != nil && f.Calls
	}
	return c.holds(c.varOf(call.Fun))
}

// shutsDownIn reports whether some call in n shuts a provider down.
func (c *checker) shutsDownIn(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if call, ok := x.(*ast.CallExpr); ok && !found && c.shutsDownCall(call) {
			found = true
		}
		return !found
	})
	return found
}

// isShutdownValue reports whether the value of e is a function (or a
// collection of functions) that shuts a provider down when called.
//
//	tp.Shutdown                       a method value
//	func(ctx) error { ...tp.Shutdown(ctx)... }
//	shutdown                          a variable that holds one
//	append(fns, tp.Shutdown)          []func(context.Context) error{tp.Shutdown}
func (c *checker) isShutdownValue(e ast.Expr) bool {
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return c.shutsDownIn(e.Body)
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok && sel.Kind() == types.MethodVal {
			if fn, ok := sel.Obj().(*types.Func); ok {
				if slices.Contains(apis.SDKShutdowns, c.idx.FuncKey(fn)) {
					return true
				}
				f := c.factOf(fn)
				return f != nil && f.Calls
			}
		}
	case *ast.CallExpr:
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok {
			if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
				return slices.ContainsFunc(e.Args, c.isShutdownValue)
			}
		}
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return c.isShutdownValue(e.Args[0]) // a conversion
		}
		if fn := apis.Callee(info, e); fn != nil && fn.Signature().Results().Len() == 1 {
			f := c.factOf(fn)
			return f != nil && slices.Contains(f.Results, 0)
		}
		return false
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if c.isShutdownValue(elt) {
				return true
			}
		}
		return false
	}
	if fn, ok := c.objOf(e).(*types.Func); ok {
		f := c.factOf(fn)
		return f != nil && f.Calls // a function of the package used as a value
	}
	return c.holds(c.varOf(e))
}

// objOf returns the object an identifier or a selector refers to.
func (c *checker) objOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj := c.pass.TypesInfo.Uses[e]; obj != nil {
			return obj
		}
		return c.pass.TypesInfo.Defs[e]
	case *ast.SelectorExpr:
		if sel, ok := c.pass.TypesInfo.Selections[e]; ok {
			return sel.Obj()
		}
		return c.pass.TypesInfo.Uses[e.Sel] // a qualified identifier
	}
	return nil
}

// varOf returns the variable (local, package-level or field) that e
// names, or nil.
func (c *checker) varOf(e ast.Expr) *types.Var {
	v, _ := c.objOf(e).(*types.Var)
	return v
}

// holds reports whether the variable v holds a shutdown.
func (c *checker) holds(v *types.Var) bool {
	return v != nil && c.holders[v]
}

// learnHolders finds the variables that hold a shutdown, in the whole
// package, until no new one is found: assigned or initialised with a
// shutdown value (or, from a call, with a result that its fact says is
// one), the value of a range over a holder, or a field given one in a
// composite literal.
func (c *checker) learnHolders() {
	info := c.pass.TypesInfo
	h := map[*types.Var]bool{}
	c.holders = h
	mark := func(e ast.Expr) bool {
		if v := c.varOf(e); v != nil && !h[v] {
			h[v] = true
			return true
		}
		return false
	}
	for changed := true; changed; {
		changed = false
		for file := range passkit.NonTestFiles(c.pass, c.ins) {
			for cur := range file.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.RangeStmt)(nil), (*ast.KeyValueExpr)(nil)) {
				switch n := cur.Node().(type) {
				case *ast.RangeStmt:
					if n.Value != nil && (c.holds(c.varOf(n.X)) || c.isShutdownValue(n.X)) {
						changed = mark(n.Value) || changed
					}
				case *ast.KeyValueExpr:
					if _, ok := cur.Parent().Node().(*ast.CompositeLit); ok {
						if v, ok := c.objOf(n.Key).(*types.Var); ok && v.IsField() && c.isShutdownValue(n.Value) {
							changed = mark(n.Key) || changed
						}
					}
				default:
					lhs, rhs := passkit.Assignment(n)
					if len(lhs) == len(rhs) {
						for i := range lhs {
							if c.isShutdownValue(rhs[i]) {
								changed = mark(lhs[i]) || changed
							}
						}
					} else if len(rhs) == 1 {
						// cleanup, err := setupOTel(ctx)
						if call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok {
							if fn := apis.Callee(info, call); fn != nil {
								if f := c.factOf(fn); f != nil {
									for _, i := range f.Results {
										if i < len(lhs) {
											changed = mark(lhs[i]) || changed
										}
									}
								}
							}
						}
					}
				}
			}
		}
	}
}

// isBlank reports whether e is the blank identifier.
func isBlank(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "_"
}

// identVar is astx.IdentVar on the package's types.
func (c *checker) identVar(e ast.Expr) *types.Var {
	return astx.IdentVar(c.pass.TypesInfo, e)
}
