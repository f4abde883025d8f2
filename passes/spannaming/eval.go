package spannaming

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
)

// A part is one piece of a span name expression.
type part struct {
	kind partKind
	s    string   // the text of a lit
	idx  int      // the parameter index of a param
	name string   // the parameter name of a param
	expr ast.Expr // where a non-constant value comes from
	arg  int      // the call argument the part came from, or -1
}

type partKind uint8

const (
	lit       partKind = iota // constant text
	param                     // a string parameter of the enclosing function
	bounded                   // non-constant, from a closed set (r.Method, a constant map, an enum)
	unbounded                 // a request path, URL, ID or time
	opaque                    // any other non-constant value
)

// An evaluator resolves span name expressions within one function: its
// string parameters and the values assigned to its local variables.
type evaluator struct {
	pass    *analysis.Pass
	idx     *apis.Index
	params  map[*types.Var]int
	names   map[*types.Var]string
	assigns map[*types.Var][]assign
	// counters are the integer counters of loops: for i := 0; i < n; i++
	// and for i := range n.
	counters map[*types.Var]bool
	globals  map[*types.Var]ast.Expr // package-level var initialisers, built lazily
}

// An assign is one value given to a local variable.
type assign struct {
	rhs    ast.Expr // nil for the zero value of "var x string"
	opaque bool     // x += ..., a tuple assignment, a range variable, &x
}

// newEvaluator returns the evaluator of fd: it indexes the string
// parameters that are never reassigned, and every value given to a local
// variable (a value it cannot follow, such as x += s or a range
// variable, makes the variable opaque).
func newEvaluator(pass *analysis.Pass, idx *apis.Index, fd *ast.FuncDecl) *evaluator {
	ev := &evaluator{pass: pass, idx: idx, params: map[*types.Var]int{}, names: map[*types.Var]string{}, assigns: map[*types.Var][]assign{}, counters: map[*types.Var]bool{}}
	if fd == nil || fd.Body == nil {
		return ev
	}
	info := pass.TypesInfo
	i := 0
	for _, field := range fd.Type.Params.List {
		n := len(field.Names)
		if n == 0 {
			n = 1
		}
		for j := 0; j < n; j++ {
			if j < len(field.Names) {
				if v, ok := info.Defs[field.Names[j]].(*types.Var); ok && isString(v.Type()) {
					if _, variadic := field.Type.(*ast.Ellipsis); !variadic {
						ev.params[v] = i
						ev.names[v] = v.Name()
					}
				}
			}
			i++
		}
	}
	local := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		v, _ := info.ObjectOf(id).(*types.Var)
		return v
	}
	add := func(v *types.Var, a assign) {
		if v == nil {
			return
		}
		if _, isParam := ev.params[v]; isParam {
			delete(ev.params, v) // a reassigned parameter is not passed on as is
			return
		}
		ev.assigns[v] = append(ev.assigns[v], a)
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for k, lhs := range n.Lhs {
				v := local(lhs)
				switch {
				case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
					add(v, assign{opaque: true})
				case len(n.Lhs) == len(n.Rhs):
					add(v, assign{rhs: n.Rhs[k]})
				default:
					add(v, assign{opaque: true})
				}
			}
		case *ast.ValueSpec:
			for k, id := range n.Names {
				v, _ := info.Defs[id].(*types.Var)
				switch {
				case len(n.Values) == 0:
					add(v, assign{})
				case len(n.Values) == len(n.Names):
					add(v, assign{rhs: n.Values[k]})
				default:
					add(v, assign{opaque: true})
				}
			}
		case *ast.ForStmt:
			if as, ok := n.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				for _, l := range as.Lhs {
					if v := local(l); v != nil && isInteger(v.Type()) {
						ev.counters[v] = true
					}
				}
			}
		case *ast.RangeStmt:
			if v := local(n.Key); v != nil && isInteger(info.TypeOf(n.X)) {
				ev.counters[v] = true // for i := range n
			}
			add(local(n.Key), assign{opaque: true})
			add(local(n.Value), assign{opaque: true})
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				add(local(n.X), assign{opaque: true})
			}
		}
		return true
	})
	return ev
}

// isInteger reports whether t is an integer type.
func isInteger(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// isString reports whether t is a string type.
func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// eval returns the parts of the string expression e.
func (ev *evaluator) eval(e ast.Expr, depth int) []part {
	info := ev.pass.TypesInfo
	e = ast.Unparen(e)
	if s, ok := constval.String(info, e); ok {
		return []part{{kind: lit, s: s, arg: -1}}
	}
	one := func(k partKind) []part { return []part{{kind: k, expr: e, arg: -1}} }
	if depth > 8 {
		return one(opaque)
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return append(ev.eval(e.X, depth+1), ev.eval(e.Y, depth+1)...)
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			if isEnum(info.TypeOf(e.Args[0])) {
				return one(bounded)
			}
			if isString(info.TypeOf(e.Args[0])) {
				return ev.eval(e.Args[0], depth+1) // string(name)
			}
			return one(opaque)
		}
		switch ev.idx.Key(e) {
		case "fmt.Sprintf":
			return ev.sprintf(e, depth)
		case "fmt.Sprint":
			var out []part
			for _, a := range e.Args {
				out = append(out, ev.arg(a, depth)...)
			}
			return out
		}
		if unboundedCall(info, e) {
			return one(unbounded)
		}
		if fn := apis.Callee(info, e); fn != nil {
			sig := fn.Signature()
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && sig.Recv() != nil && sig.Params().Len() == 0 && isEnum(info.TypeOf(sel.X)) {
				return one(bounded) // op.String() or op.SpanOperation() of an enumerated type
			}
			switch apis.RawKey(fn) {
			case "(reflect.Type).String", "(reflect.Type).Name":
				return one(bounded) // the name of a Go type: one of the program's types
			}
		}
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok {
			break
		}
		if i, ok := ev.params[v]; ok {
			return []part{{kind: param, idx: i, name: ev.names[v], expr: e, arg: -1}}
		}
		if as, ok := ev.assigns[v]; ok {
			return ev.variable(e, as, depth)
		}
	case *ast.SelectorExpr:
		switch field(info, e) {
		case "net/http.Request.Method", "net/http.Request.Pattern":
			return one(bounded)
		case "net/http.Request.RequestURI", "net/http.Request.RemoteAddr",
			"net/url.URL.Path", "net/url.URL.RawPath", "net/url.URL.RawQuery", "net/url.URL.Fragment":
			return one(unbounded)
		}
	case *ast.IndexExpr:
		if ev.constantCollection(e.X, depth) {
			return one(bounded) // names[op] from a constant map or slice
		}
	}
	if isEnum(info.TypeOf(e)) {
		return one(bounded)
	}
	return one(opaque)
}

// variable resolves a local variable through the values assigned to it.
func (ev *evaluator) variable(id *ast.Ident, as []assign, depth int) []part {
	one := func(k partKind, at ast.Expr) []part { return []part{{kind: k, expr: at, arg: -1}} }
	for _, a := range as {
		if a.opaque {
			return one(opaque, id)
		}
	}
	if len(as) == 1 && as[0].rhs != nil {
		return ev.eval(as[0].rhs, depth+1)
	}
	// Several values: a closed set when every one is constant.
	allConst := true
	for _, a := range as {
		if a.rhs == nil {
			continue // the zero value ""
		}
		parts := dropEmpty(ev.eval(a.rhs, depth+1))
		for _, p := range parts {
			if p.kind == unbounded || (p.kind == opaque && len(parts) > 1) {
				return one(unbounded, p.expr)
			}
			if p.kind != lit {
				allConst = false
			}
		}
	}
	if allConst {
		return one(bounded, id)
	}
	return one(opaque, id)
}

// arg evaluates an operand of fmt.Sprint or fmt.Sprintf.
func (ev *evaluator) arg(a ast.Expr, depth int) []part {
	info := ev.pass.TypesInfo
	tv, ok := info.Types[a]
	if !ok {
		return []part{{kind: opaque, expr: a, arg: -1}}
	}
	if tv.Value != nil {
		if tv.Value.Kind() == constant.String {
			return []part{{kind: lit, s: constant.StringVal(tv.Value), arg: -1}}
		}
		return []part{{kind: lit, s: tv.Value.ExactString(), arg: -1}}
	}
	if tv.Type != nil && isString(tv.Type) {
		return ev.eval(a, depth+1)
	}
	if tv.Type == nil {
		return []part{{kind: opaque, expr: a, arg: -1}}
	}
	if b, ok := tv.Type.Underlying().(*types.Basic); (ok && b.Info()&types.IsBoolean != 0) || isEnum(tv.Type) {
		return []part{{kind: bounded, expr: a, arg: -1}}
	}
	if id, ok := ast.Unparen(a).(*ast.Ident); ok {
		if v, ok := info.Uses[id].(*types.Var); ok && ev.counters[v] {
			// A loop counter: as many names as iterations of a loop, such
			// as the child spans of a load generator.
			return []part{{kind: bounded, expr: a, arg: -1}}
		}
	}
	if unboundedCall(info, a) {
		return []part{{kind: unbounded, expr: a, arg: -1}}
	}
	return []part{{kind: opaque, expr: a, arg: -1}}
}

// sprintf evaluates fmt.Sprintf(format, args...) verb by verb. Verbs with
// explicit argument indexes or * widths give up on the layout and keep
// only the operands.
func (ev *evaluator) sprintf(call *ast.CallExpr, depth int) []part {
	if len(call.Args) == 0 {
		return []part{{kind: opaque, expr: call, arg: -1}}
	}
	format, ok := constval.String(ev.pass.TypesInfo, call.Args[0])
	args := call.Args[1:]
	if !ok || strings.ContainsAny(format, "*[") {
		out := []part{{kind: opaque, expr: call.Args[0], arg: -1}}
		if ok {
			out[0] = part{kind: lit, s: format, arg: -1}
		}
		for _, a := range args {
			out = append(out, ev.arg(a, depth)...)
		}
		return out
	}
	var out []part
	var text strings.Builder
	n := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			text.WriteByte(c)
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0123456789.", format[i]) >= 0 {
			i++
		}
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			text.WriteByte('%')
			continue
		}
		if text.Len() > 0 {
			out = append(out, part{kind: lit, s: text.String(), arg: -1})
			text.Reset()
		}
		if n < len(args) {
			out = append(out, ev.arg(args[n], depth)...)
		}
		n++
	}
	if text.Len() > 0 {
		out = append(out, part{kind: lit, s: text.String(), arg: -1})
	}
	return out
}

// constantCollection reports whether x is a map or slice literal whose
// values are all constant, directly or through a variable initialised
// with one.
func (ev *evaluator) constantCollection(x ast.Expr, depth int) bool {
	info := ev.pass.TypesInfo
	x = ast.Unparen(x)
	if id, ok := x.(*ast.Ident); ok {
		v, ok := info.Uses[id].(*types.Var)
		if !ok {
			return false
		}
		if as, ok := ev.assigns[v]; ok {
			if len(as) != 1 || as[0].rhs == nil || as[0].opaque {
				return false
			}
			x = ast.Unparen(as[0].rhs)
		} else if v.Parent() == ev.pass.Pkg.Scope() {
			x = ev.global(v)
		}
	}
	lit, ok := x.(*ast.CompositeLit)
	if !ok || len(lit.Elts) == 0 {
		return false
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		if _, ok := constval.String(info, elt); !ok {
			return false
		}
	}
	return true
}

// global returns the initialiser of a package-level variable, or nil.
func (ev *evaluator) global(v *types.Var) ast.Expr {
	if ev.globals == nil {
		ev.globals = map[*types.Var]ast.Expr{}
		for _, f := range ev.pass.Files {
			for _, d := range f.Decls {
				gd, ok := d.(*ast.GenDecl)
				if !ok || gd.Tok != token.VAR {
					continue
				}
				for _, s := range gd.Specs {
					vs := s.(*ast.ValueSpec)
					if len(vs.Values) != len(vs.Names) {
						continue
					}
					for k, id := range vs.Names {
						if gv, ok := ev.pass.TypesInfo.Defs[id].(*types.Var); ok {
							ev.globals[gv] = vs.Values[k]
						}
					}
				}
			}
		}
	}
	return ev.globals[v]
}

// field returns "pkgpath.Type.Field" for a selection of a struct field.
func field(info *types.Info, sel *ast.SelectorExpr) string {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return ""
	}
	n, ok := types.Unalias(astx.Deref(s.Recv())).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name() + "." + sel.Sel.Name
}

// unboundedCall reports calls whose string result is a URL, an ID or a
// timestamp: u.String(), u.RequestURI(), u.EscapedPath(), uuid.NewString(),
// id.String() of a uuid.UUID, t.String() and t.Format(...) of a time.Time.
func unboundedCall(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := apis.Callee(info, call)
	if fn == nil {
		return false
	}
	switch apis.RawKey(fn) {
	case "(net/url.URL).String", "(net/url.URL).RequestURI", "(net/url.URL).EscapedPath",
		"github.com/google/uuid.NewString", "(github.com/google/uuid.UUID).String",
		"(time.Time).String", "(time.Time).Format":
		return true
	}
	return false
}

// isEnum reports whether t is a named string or integer type of which
// its package declares at least two constants: a closed set of values.
func isEnum(t types.Type) bool {
	if t == nil {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == "time" {
		return false
	}
	if v, ok := enums.Load(n.Obj()); ok {
		return v.(bool)
	}
	r := declaresConstants(n)
	enums.Store(n.Obj(), r)
	return r
}

// enums caches isEnum by type name.
var enums sync.Map

// declaresConstants reports whether n is a string or integer type of which
// its package declares at least two constants.
func declaresConstants(n *types.Named) bool {
	b, ok := n.Underlying().(*types.Basic)
	if !ok || b.Info()&(types.IsString|types.IsInteger) == 0 {
		return false
	}
	count := 0
	scope := n.Obj().Pkg().Scope()
	for _, name := range scope.Names() {
		if c, ok := scope.Lookup(name).(*types.Const); ok && types.Identical(c.Type(), n) {
			if count++; count >= 2 {
				return true
			}
		}
	}
	return false
}
