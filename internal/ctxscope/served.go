package ctxscope

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
)

// defaultMux stands for net/http's DefaultServeMux among the muxes of
// [Carriers.untraced].
var defaultMux = types.NewVar(0, nil, "DefaultServeMux", nil)

// untraced reports whether the request parameter req is that of a handler
// whose request carries no span: a function literal registered (through
// wrappers that are not otelhttp's) on a mux that the package itself
// serves as it is, with no tracing middleware around it, and that it never
// hands to otelhttp:
//
//	http.HandleFunc("/debug/livez", func(w http.ResponseWriter, r *http.Request) { ... })
//	s := http.Server{Addr: addr, Handler: http.DefaultServeMux}
//
// Nothing extracted the caller's trace into r.Context() nor started a span
// in it: a log line written with it gets no trace_id.
func (cs *Carriers) untraced(req types.Object) bool {
	fn, ok := cs.declFunc(req)
	if !ok {
		return false
	}
	if _, ok := fn.Node().(*ast.FuncLit); !ok {
		return false
	}
	mux := cs.registeredOn(fn)
	if mux == nil {
		return false
	}
	served, wrapped := cs.muxes()
	return served[mux] && !wrapped[mux]
}

// registeredOn returns the mux that the handler literal at fn is
// registered on (defaultMux for the package-level functions), following it
// up through the calls that wrap it, or nil if it is not registered so or
// an otelhttp constructor wraps it.
func (cs *Carriers) registeredOn(fn inspector.Cursor) types.Object {
	for cur := fn; ; {
		parent := cur.Parent()
		switch p := parent.Node().(type) {
		case *ast.ParenExpr:
		case *ast.CallExpr:
			if !slices.Contains(p.Args, cur.Node().(ast.Expr)) {
				return nil
			}
			key := cs.idx.Key(p)
			switch {
			case isOtelhttp(key):
				return nil
			case slices.Contains(apis.HTTPHandleFuncs, key):
				sel, ok := ast.Unparen(p.Fun).(*ast.SelectorExpr)
				if !ok {
					return nil
				}
				if _, isPkg := cs.info.Uses[identOf(sel.X)].(*types.PkgName); isPkg {
					return defaultMux // http.HandleFunc(pattern, handler)
				}
				return cs.muxOf(sel.X)
			}
		default:
			return nil
		}
		cur = parent
	}
}

// muxes returns the muxes the package serves as they are (the Handler of
// an http.Server literal, the handler given to http.ListenAndServe and
// its kin, nil meaning the DefaultServeMux), and those it hands to an
// otelhttp constructor; computed once.
func (cs *Carriers) muxes() (served, wrapped map[types.Object]bool) {
	if cs.served != nil {
		return cs.served, cs.wrapped
	}
	cs.served, cs.wrapped = map[types.Object]bool{}, map[types.Object]bool{}
	for cur := range cs.ins.Root().Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			key := cs.idx.Key(n)
			switch {
			case isOtelhttp(key) && len(n.Args) > 0:
				if m := cs.muxOf(n.Args[0]); m != nil {
					cs.wrapped[m] = true
				}
			case slices.Contains(apis.HTTPServeFuncs, key) && len(n.Args) > 0:
				h := n.Args[len(n.Args)-1]
				if id, ok := ast.Unparen(h).(*ast.Ident); ok && cs.info.Types[id].IsNil() {
					cs.served[defaultMux] = true
				} else if m := cs.muxOf(h); m != nil {
					cs.served[m] = true
				}
			}
		case *ast.CompositeLit:
			if t := cs.info.TypeOf(n); t == nil || !apis.IsTypeIn(t, []string{apis.HTTPServer}) {
				continue
			}
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if k, ok := kv.Key.(*ast.Ident); ok && k.Name == apis.HTTPServerHandlerField {
						if m := cs.muxOf(kv.Value); m != nil {
							cs.served[m] = true
						}
					}
				}
			}
		}
	}
	return cs.served, cs.wrapped
}

// muxOf returns what the expression e names as a mux: defaultMux for
// http.DefaultServeMux, the variable or field a name or selector refers
// to, or nil for anything else (a call, such as a middleware's).
func (cs *Carriers) muxOf(e ast.Expr) types.Object {
	if apis.IsHTTPDefaultServeMux(cs.info, e) {
		return defaultMux
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := cs.info.Uses[e].(*types.Var); ok {
			return v
		}
	case *ast.SelectorExpr:
		if v, ok := cs.info.Uses[e.Sel].(*types.Var); ok {
			return v
		}
	}
	return nil
}

// isOtelhttp reports whether key is a constructor of otelhttp, whose
// handlers and middleware start a span for every request.
func isOtelhttp(key string) bool {
	_, ok := apis.InstrumentationConstructors[key]
	return ok && strings.HasPrefix(key, apis.OtelhttpPkg+".")
}

// identOf returns the identifier e is, or nil.
func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}
