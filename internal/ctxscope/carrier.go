package ctxscope

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// A carrier is a context variable that holds the caller's trace: a
// context parameter, or a local assigned from one (directly, derived with
// context.WithTimeout and the like, through a span start, or from the
// Context() of an *http.Request parameter). A local that holds a fresh
// root, a field's context or an option's holds no caller's trace. The
// analysis follows the assignments of a local back to the parameters they
// derive from.

// Carriers decides, for one package, which contexts in scope carry the
// caller's trace. ctxpropagation uses it to tell a dropped trace from a
// fresh root that loses nothing; rawlogging to pick the context whose
// trace a log line should carry.
type Carriers struct {
	info *types.Info
	pkg  *types.Package
	idx  *apis.Index
	ins  *inspector.Inspector
	memo map[types.Object]bool
	// served and wrapped are the muxes the package serves as they are
	// and those it hands to otelhttp (see [Carriers.muxes]).
	served, wrapped map[types.Object]bool
}

// NewCarriers returns the carriers of the package pkg, whose syntax ins
// walks and whose types info describes.
func NewCarriers(pkg *types.Package, info *types.Info, idx *apis.Index, ins *inspector.Inspector) *Carriers {
	return &Carriers{info: info, pkg: pkg, idx: idx, ins: ins, memo: map[types.Object]bool{}}
}

// Find returns the caller's context available at cur, best first as in
// [Find]: a context parameter, a local context that carries the caller's
// trace, or the Context() of an *http.Request parameter (not of a
// request the code builds itself).
func (cs *Carriers) Find(cur inspector.Cursor) (Source, bool) {
	return FindFunc(cs.pkg, cur, func(s Source) bool {
		if s.Request {
			return s.Param
		}
		return s.Param || cs.Carries(s.Obj)
	})
}

// Carries reports whether the context variable obj holds a caller's
// trace: it is a parameter, or some value assigned to it carries one.
//
//	ctx, cancel := context.WithTimeout(parent, d)  // carries parent's trace
//	ctx := context.Background()                    // does not
//	ctx := opts.Context; if ctx == nil { ... }     // does not (not the caller's)
func (cs *Carriers) Carries(obj types.Object) bool {
	return cs.carries(obj, 0)
}

func (cs *Carriers) carries(obj types.Object, depth int) bool {
	if r, ok := cs.memo[obj]; ok {
		return r
	}
	if depth > 8 {
		return false
	}
	cs.memo[obj] = false // while deciding (cycles)
	r := cs.IsParam(obj) || cs.assignedCarrier(obj, depth)
	cs.memo[obj] = r
	return r
}

// IsParam reports whether obj is declared in the parameter list (or as
// the receiver) of a function or function literal.
func (cs *Carriers) IsParam(obj types.Object) bool {
	ic, ok := cs.ins.Root().FindByPos(obj.Pos(), obj.Pos()+token.Pos(len(obj.Name())))
	if !ok {
		return false
	}
	if _, ok := ic.Node().(*ast.Ident); !ok {
		return false
	}
	if k, _ := ic.ParentEdge(); k != edge.Field_Names {
		return false
	}
	switch k, _ := ic.Parent().Parent().ParentEdge(); k {
	case edge.FuncType_Params, edge.FuncType_Results, edge.FuncDecl_Recv:
		return true
	}
	return false
}

// assignedCarrier reports whether some value assigned to the local obj
// (at its declaration or later) carries a caller's trace.
func (cs *Carriers) assignedCarrier(obj types.Object, depth int) bool {
	for v := range cs.values(obj) {
		if v != nil && cs.carrierExpr(v, depth) {
			return true
		}
	}
	return false
}

// values yields each value assigned to the local obj, at its declaration
// or later, in its scope: nil for a value it cannot tell (the second
// result of a call, a declaration without a value).
func (cs *Carriers) values(obj types.Object) iter.Seq[ast.Expr] {
	return func(yield func(ast.Expr) bool) {
		fc, ok := astx.ScopeOf(cs.ins.Root(), obj)
		if !ok {
			return
		}
		for n := range fc.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			switch n := n.Node().(type) {
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && (cs.info.Defs[id] == obj || cs.info.Uses[id] == obj) {
						if !yield(assigned(n.Rhs, i, len(n.Lhs))) {
							return
						}
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if cs.info.Defs[id] == obj {
						if !yield(assigned(n.Values, i, len(n.Names))) {
							return
						}
					}
				}
			}
		}
	}
}

// FreshRoot reports whether e yields only a fresh root, a context with
// no caller's trace and no values: context.Background() or TODO(), a
// context derived from one with a cancellation or a deadline, or a local
// every value assigned to which is one of these.
//
//	logger.LogAttrs(context.Background(), ...)           // a fresh root
//	ctx, cancel := context.WithTimeout(context.TODO(), d) // ctx is one
func (cs *Carriers) FreshRoot(e ast.Expr) bool {
	return cs.freshRoot(e, 0)
}

func (cs *Carriers) freshRoot(e ast.Expr, depth int) bool {
	if depth > 8 {
		return false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		switch k := cs.idx.Key(e); {
		case k == apis.ContextBackground || k == apis.ContextTODO:
			return true
		case k == apis.ContextWithValue:
			return false // a value a handler may read
		case slices.Contains(apis.ContextDerivers, k) && len(e.Args) > 0:
			return cs.freshRoot(e.Args[0], depth+1)
		}
	case *ast.Ident:
		v, ok := cs.info.Uses[e].(*types.Var)
		if !ok || v.Parent() == nil || v.Parent() == cs.pkg.Scope() || v.IsField() || cs.IsParam(v) {
			return false
		}
		n := 0
		for val := range cs.values(v) {
			if val == nil || !cs.freshRoot(val, depth+1) {
				return false
			}
			n++
		}
		return n > 0
	}
	return false
}

// Expr reports whether e yields a context that carries a trace: a
// variable that does, r.Context() of a request parameter, a span started
// or linked (tracer.Start, trace.ContextWithSpan), a context extracted
// from a carrier, or the result of a call given such a context
// (context.WithTimeout(ctx, d), a wrapper of the program) or given the
// request parameter itself (contextFromRequest(w, r)).
func (cs *Carriers) Expr(e ast.Expr) bool {
	return cs.carrierExpr(e, 0)
}

func (cs *Carriers) carrierExpr(e ast.Expr, depth int) bool {
	return cs.traceExpr(e, func(v *types.Var) bool { return cs.carries(v, depth+1) })
}

// traceExpr is the rule of [Carriers.Expr] with the judgement of a local
// context variable left to ctxVar: a local context variable is judged by
// ctxVar; a call by what it is (Background and TODO carry nothing; a span
// start, an extraction or a linker carries one; r.Context() of a request
// parameter carries its trace) or by its arguments (a context argument by
// the same rule, a request parameter).
func (cs *Carriers) traceExpr(e ast.Expr, ctxVar func(*types.Var) bool) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := cs.info.Uses[e].(*types.Var)
		if !ok || v.Parent() == nil || v.Parent() == cs.pkg.Scope() || v.IsField() || !IsContext(v.Type()) {
			return false
		}
		return ctxVar(v)
	case *ast.CallExpr:
		k := cs.idx.Key(e)
		switch {
		case k == apis.ContextBackground || k == apis.ContextTODO:
			return false
		case k == apis.TracerStart || k == apis.PropagatorExtract || slices.Contains(apis.ContextLinkers, k):
			return true
		case k == apis.HTTPRequestContext:
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				return cs.requestParam(sel.X)
			}
			return false
		}
		if tv, ok := cs.info.Types[e.Fun]; ok && tv.IsType() {
			return false // a conversion
		}
		for _, a := range e.Args {
			t := cs.info.TypeOf(a)
			switch {
			case t == nil:
			case IsContext(t) && cs.traceExpr(a, ctxVar):
				return true
			case IsHTTPRequestPtr(t) && cs.requestParam(a):
				// ctx, cancel := h.contextFromRequest(w, r)
				return true
			}
		}
	}
	return false
}

// requestParam reports whether e names an *http.Request parameter.
func (cs *Carriers) requestParam(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	obj := cs.info.Uses[id]
	return obj != nil && IsHTTPRequestPtr(obj.Type()) && cs.IsParam(obj)
}
