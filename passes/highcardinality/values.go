package highcardinality

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
)

// value reports an unbounded value given to a metric attribute or label.
func (c *checker) value(scope ast.Node, sink *ast.CallExpr, v ast.Expr, target string) {
	if !c.values {
		return
	}
	what, advice, from := c.unbounded(scope, v)
	if what == "" {
		c.noteParam(scope, v, target)
		return
	}
	d := analysis.Diagnostic{
		Pos: v.Pos(), End: v.End(), Category: CategoryUnboundedValue,
		Message: fmt.Sprintf("%s is set to %s, whose values are unbounded: each one makes a new time series; %s", target, what, advice),
	}
	if from.IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: from, Message: "the value comes from here"}}
	}
	c.emit(sink, d, "")
}

// unbounded describes the unbounded values the metric value v of scope
// takes: directly, from the Host header of a received request, or
// through variables and fields (see flow); from is where they come from
// when that is elsewhere. what is empty when v is not known to be
// unbounded.
func (c *checker) unbounded(scope ast.Node, v ast.Expr) (what, advice string, from token.Pos) {
	if at, advice := unboundedValue(c.idx, c.pass.TypesInfo, v, 0); at != nil {
		if c.configured(v) || c.fromOtherModule(scope, v) {
			return "", "", token.NoPos // a configured endpoint, a URL another module chooses
		}
		if advice == adviceError && c.sentinelMessage(scope, at) {
			return "", "", token.NoPos // one of the package's sentinel errors
		}
		return shorten(types.ExprString(at)), advice, token.NoPos
	}
	if at := c.hostHeader(scope, v, 0); at != nil {
		return shorten(types.ExprString(at)), adviceHost, token.NoPos
	}
	if o := c.flow(scope, v, 0); o != nil {
		return shorten(types.ExprString(v)) + ", which holds " + o.what, o.advice, o.pos
	}
	return "", "", token.NoPos
}

// shorten cuts a long expression for a message.
func shorten(s string) string {
	if len(s) > 40 {
		return s[:37] + "..."
	}
	return s
}

// The advice of an unbounded value, by what it is.
const (
	adviceError = "record a bounded error type or code, and the message on the span"
	advicePath  = "record the route template (r.Pattern or the http.route of the router) instead"
	adviceOther = "record a bounded form of it, and the raw value on the span"
)

// unboundedValue returns the part of v whose values are unbounded, and
// what to do instead; nil if v is not known to be unbounded:
//
//	err.Error()
//	r.URL.Path, r.URL.RawPath, r.URL.RawQuery, r.RequestURI, r.RemoteAddr
//	r.URL.String(), r.URL.RequestURI(), r.URL.EscapedPath(), r.URL (a Stringer)
//	uuid.New().String(), uuid.NewString(), a uuid.UUID
//	time.Now().String(), t.Format(layout with a date or seconds), a time.Time
//	fmt.Sprintf/Sprint with a non-constant, non-numeric operand
func unboundedValue(idx *apis.Index, info *types.Info, v ast.Expr, depth int) (ast.Expr, string) {
	at, advice, _ := unboundedKind(idx, info, v, depth)
	return at, advice
}

// unboundedKind is [unboundedValue], and reports whether the value is of
// a kind known to be unbounded wherever it goes (an error's message, a
// request's URL, a UUID, a time) rather than a fmt operand of no bounded
// type, which is only taken as unbounded where it is given to a metric.
func unboundedKind(idx *apis.Index, info *types.Info, v ast.Expr, depth int) (ast.Expr, string, bool) {
	v = ast.Unparen(v)
	if depth > 3 {
		return nil, "", false
	}
	if tv, ok := info.Types[v]; !ok || tv.Value != nil {
		return nil, "", false // constant or untyped
	}
	if t := info.TypeOf(v); t != nil {
		switch typeName(t) {
		case "net/url.URL", "github.com/google/uuid.UUID", "time.Time":
			return v, adviceOther, true // given to attribute.Stringer
		}
	}
	switch v := v.(type) {
	case *ast.SelectorExpr:
		switch field(info, v) {
		case "net/http.Request.RequestURI", "net/url.URL.Path", "net/url.URL.RawPath":
			return v, advicePath, true
		case "net/http.Request.RemoteAddr", "net/url.URL.RawQuery":
			return v, adviceOther, true
		}
	case *ast.CallExpr:
		fn := apis.Callee(info, v)
		if fn == nil {
			return nil, "", false
		}
		switch apis.RawKey(fn) {
		case "(net/url.URL).String", "(net/url.URL).RequestURI", "(net/url.URL).EscapedPath":
			return v, advicePath, true
		case "github.com/google/uuid.NewString", "(github.com/google/uuid.UUID).String", "(time.Time).String":
			return v, adviceOther, true
		case "(time.Time).Format":
			if len(v.Args) == 1 {
				if layout, ok := constval.String(info, v.Args[0]); ok && !strings.Contains(layout, "2006") && !strings.Contains(layout, "05") {
					return nil, "", false // t.Format("Monday"): bounded
				}
			}
			return v, adviceOther, true
		case "fmt.Sprintf", "fmt.Sprint":
			args := v.Args
			if fn.Name() == "Sprintf" && len(args) > 0 {
				args = typedOperands(info, args[0], args[1:])
			}
			for _, a := range args {
				if at, advice, known := unboundedKind(idx, info, a, depth+1); at != nil {
					return at, advice, known
				}
			}
			for _, a := range args {
				if unboundedOperand(info, a) {
					if t := info.TypeOf(a); t != nil && types.Implements(t, errorType) {
						return a, adviceError, true // fmt.Sprint(err): its message
					}
					return a, adviceOther, false
				}
			}
			return nil, "", false
		}
		if slices.Contains(apis.StringParts, apis.RawKey(fn)) && len(v.Args) > 0 {
			// strings.TrimPrefix(r.URL.Path, prefix): still the path
			return unboundedKind(idx, info, v.Args[0], depth+1)
		}
		if fn.Name() == "Error" && len(v.Args) == 0 {
			if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && astx.IsError(sig.Recv().Type()) {
				return v, adviceError, true
			}
		}
	}
	return nil, "", false
}

// errorType is the interface error.
var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// typedOperands returns the operands of a Sprintf format other than those
// it writes with %T: the name of a type is one of a small closed set, as
// in fmt.Sprintf("%T", err) for an error.type attribute. A format that is
// not a constant, or that uses explicit argument indexes, keeps them all.
func typedOperands(info *types.Info, format ast.Expr, operands []ast.Expr) []ast.Expr {
	f, ok := constval.String(info, format)
	if !ok {
		return operands
	}
	verbs, ok := operandVerbs(f)
	if !ok {
		return operands
	}
	var out []ast.Expr
	for i, a := range operands {
		if i < len(verbs) && verbs[i] == 'T' {
			continue
		}
		out = append(out, a)
	}
	return out
}

// operandVerbs returns, for each operand a printf format consumes, the
// verb that writes it ('*' for a width or precision taken from an
// operand); ok is false when the format uses explicit argument indexes.
//
//	"%s: %T"   -> s, T
//	"%*d"      -> *, d
func operandVerbs(f string) (verbs []byte, ok bool) {
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		// Flags, width and precision, then the verb.
		for i++; i < len(f) && strings.IndexByte("+-# 0123456789.*[", f[i]) >= 0; i++ {
			switch f[i] {
			case '[':
				return nil, false
			case '*':
				verbs = append(verbs, '*')
			}
		}
		if i < len(f) && f[i] != '%' {
			verbs = append(verbs, f[i])
		}
	}
	return verbs, true
}

// unboundedOperand reports whether a fmt.Sprint operand may take
// unboundedly many values: a non-constant value that is not a number, a
// boolean, an enumerated type, or the method or route pattern of a request.
func unboundedOperand(info *types.Info, a ast.Expr) bool {
	tv, ok := info.Types[a]
	if !ok || tv.Value != nil || tv.Type == nil {
		return false
	}
	if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&(types.IsNumeric|types.IsBoolean) != 0 {
		return false
	}
	if isEnum(tv.Type) {
		return false
	}
	if sel, ok := ast.Unparen(a).(*ast.SelectorExpr); ok {
		switch field(info, sel) {
		case "net/http.Request.Method", "net/http.Request.Pattern", "net/http.Request.Proto":
			return false
		}
	}
	return true
}

// typeName returns "path.Name" of a named type (through one pointer).
func typeName(t types.Type) string {
	n, ok := types.Unalias(astx.Deref(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// field returns "pkgpath.Type.Field" for a selection of a struct field.
func field(info *types.Info, sel *ast.SelectorExpr) string {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return ""
	}
	return typeName(s.Recv()) + "." + sel.Sel.Name
}

// isEnum reports whether t is a named string type of which its package
// declares at least two constants.
func isEnum(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	if b, ok := n.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return false
	}
	count := 0
	scope := n.Obj().Pkg().Scope()
	for _, name := range scope.Names() {
		if k, ok := scope.Lookup(name).(*types.Const); ok && types.Identical(k.Type(), n) && k.Val().Kind() == constant.String {
			if count++; count >= 2 {
				return true
			}
		}
	}
	return false
}
