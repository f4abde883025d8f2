package highcardinality

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/suppress"
)

//go:embed doc.go
var doc string

// The categories of the diagnostics of this pass, one per check.
const (
	CategoryUnboundedKey   = "unbounded-key"
	CategoryUnboundedValue = "unbounded-value"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryUnboundedKey, CategoryUnboundedValue}

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's highcardinality block and a flag -highcardinality.<name>.
type Config struct {
	Checks passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
	// ExtraKeys are matched like the built-in keys (ignoring case and
	// separators, as a suffix of words).
	ExtraKeys []string `json:"extra-keys" help:"comma-separated attribute keys or label names with unbounded values, besides the built-in ones"`
	// AllowKeys are for a deny-listed key a team knows to be bounded.
	AllowKeys []string `json:"allow-keys" help:"comma-separated attribute keys or label names never to report"`
}

// Validate checks that every key has a word to match.
func (c Config) Validate() error {
	for _, k := range slices.Concat(c.ExtraKeys, c.AllowKeys) {
		if len(constval.Words(k)) == 0 {
			return fmt.Errorf("key %q has no letters or digits", k)
		}
	}
	return nil
}

// Pass declares the highcardinality pass.
var Pass = passkit.Pass[Config]{
	Name:       "highcardinality",
	Doc:        doc,
	Categories: Categories,
	Default:    Config{Checks: passkit.Checks{CategoryUnboundedKey, CategoryUnboundedValue}},
	Requires:   []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer},
	Run:        run,
}

// Analyzer is the highcardinality analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

type checker struct {
	pass     *analysis.Pass
	idx      *apis.Index
	m        *matcher
	keys     bool // unbounded-key enabled
	values   bool // unbounded-value enabled
	report   func(analysis.Diagnostic)
	reported map[token.Pos]bool
	scopes   map[ast.Node]*locals
	globals  *locals
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	if !idx.ImportsAny(apis.MetricPkg, apis.PromPkg, apis.PromautoPkg) {
		return nil, nil // no metric API
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	sup := pass.ResultOf[suppress.Analyzer].(*suppress.Index)
	c := &checker{
		pass: pass, idx: idx, m: newMatcher(cfg.ExtraKeys, cfg.AllowKeys),
		keys: cfg.Checks.On(CategoryUnboundedKey), values: cfg.Checks.On(CategoryUnboundedValue),
		report: suppress.Reporter(pass), reported: map[token.Pos]bool{}, scopes: map[ast.Node]*locals{},
	}
	for _, f := range pass.Files {
		if sup.GeneratedFile(pass.Fset, f) || strings.HasSuffix(pass.Fset.File(f.FileStart).Name(), "_test.go") {
			continue // generated code, and test metrics that never reach a back end
		}
		fc, ok := ins.Root().FindNode(f)
		if !ok {
			continue
		}
		for cur := range fc.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			key := idx.Key(call)
			if key == "" {
				continue
			}
			var scope ast.Node
			for e := range cur.Enclosing((*ast.FuncDecl)(nil)) {
				scope = e.Node()
				break
			}
			switch {
			case key == apis.WithAttributes:
				c.attributes(scope, call, call.Args, call.Ellipsis.IsValid())
			case key == apis.WithAttributeSet:
				if len(call.Args) == 1 {
					c.attributeSet(scope, call, call.Args[0], 0)
				}
			case slices.Contains(apis.PromNewVec, key):
				if len(call.Args) == 2 {
					c.labelNames(scope, call, call.Args[1])
				}
			case slices.Contains(apis.PromWith, key):
				c.promWith(scope, call, key)
			}
		}
	}
	return nil, nil
}

// attributes checks the attributes given to metric.WithAttributes (or to
// attribute.NewSet for metric.WithAttributeSet): attribute.String("k", v),
// attribute.Key("k").String(v), semconv helpers, and slices spread with
// "attrs...", followed through local and package variables.
func (c *checker) attributes(scope ast.Node, sink *ast.CallExpr, args []ast.Expr, spread bool) {
	for i, a := range args {
		if spread && i == len(args)-1 {
			for _, e := range c.sliceElems(scope, a, 0) {
				c.attribute(scope, sink, e, 0)
			}
			continue
		}
		c.attribute(scope, sink, a, 0)
	}
}

// attribute checks one attribute.KeyValue expression.
func (c *checker) attribute(scope ast.Node, sink *ast.CallExpr, e ast.Expr, depth int) {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok && depth < 4 {
		for _, rhs := range c.assigned(scope, id) {
			c.attribute(scope, sink, rhs, depth+1)
		}
		return
	}
	info := c.pass.TypesInfo
	key, keyExpr, ok := constval.AttrKey(c.idx, info, e)
	if !ok {
		return
	}
	if what, bad := c.m.match(key); bad {
		if c.keys {
			c.emit(sink, analysis.Diagnostic{
				Pos: keyExpr.Pos(), End: keyExpr.End(), Category: CategoryUnboundedKey,
				Message: fmt.Sprintf("metric attribute %q is %s, whose values are unbounded: each one makes a new time series; record it on the span or in logs and keep metric attributes bounded (route, method, status class)", key, what),
			}, "the attributes are given to a metric here")
		}
		return
	}
	if v := attrValue(c.idx, info, e); v != nil {
		c.value(sink, v, fmt.Sprintf("metric attribute %q", key))
	}
}

// attrValue returns the value expression of an attribute constructor.
func attrValue(idx *apis.Index, info *types.Info, e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	k := idx.Key(call)
	switch {
	case strings.HasPrefix(k, apis.AttributePkg+".") && len(call.Args) == 2:
		return call.Args[1]
	case strings.HasPrefix(k, "("+apis.AttributePkg+".Key).") && len(call.Args) == 1:
		return call.Args[0]
	case k == "" && len(call.Args) == 1:
		if fn := apis.Callee(info, call); fn != nil && fn.Pkg() != nil && strings.HasPrefix(fn.Pkg().Path(), apis.SemconvPrefix) {
			return call.Args[0]
		}
	}
	return nil
}

// attributeSet checks metric.WithAttributeSet(attribute.NewSet(...)),
// directly or through a variable.
func (c *checker) attributeSet(scope ast.Node, sink *ast.CallExpr, e ast.Expr, depth int) {
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.Ident:
		if depth < 4 {
			for _, rhs := range c.assigned(scope, e) {
				c.attributeSet(scope, sink, rhs, depth+1)
			}
		}
	case *ast.UnaryExpr:
		c.attributeSet(scope, sink, e.X, depth+1)
	case *ast.StarExpr:
		c.attributeSet(scope, sink, e.X, depth+1)
	case *ast.CallExpr:
		if c.idx.Is(e, apis.AttributeNewSet) {
			c.attributes(scope, sink, e.Args, e.Ellipsis.IsValid())
		}
	}
}

// sliceElems returns the elements of a []attribute.KeyValue or []string
// expression: a slice literal, append(s, elems...), or a variable given
// such values within the function or at package level.
func (c *checker) sliceElems(scope ast.Node, e ast.Expr, depth int) []ast.Expr {
	if depth > 4 {
		return nil
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return e.Elts
	case *ast.Ident:
		var out []ast.Expr
		for _, rhs := range c.assigned(scope, e) {
			out = append(out, c.sliceElems(scope, rhs, depth+1)...)
		}
		return out
	case *ast.CallExpr:
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok && len(e.Args) > 0 {
			if b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
				out := c.sliceElems(scope, e.Args[0], depth+1)
				rest := e.Args[1:]
				if e.Ellipsis.IsValid() && len(rest) > 0 {
					out = append(out, rest[:len(rest)-1]...)
					out = append(out, c.sliceElems(scope, rest[len(rest)-1], depth+1)...)
				} else {
					out = append(out, rest...)
				}
				return out
			}
		}
	}
	return nil
}

// labelNames checks the label names of prometheus.New*Vec.
func (c *checker) labelNames(scope ast.Node, sink *ast.CallExpr, e ast.Expr) {
	if !c.keys {
		return
	}
	for _, el := range c.sliceElems(scope, e, 0) {
		name, ok := constval.String(c.pass.TypesInfo, el)
		if !ok {
			continue
		}
		if what, bad := c.m.match(name); bad {
			c.emit(sink, analysis.Diagnostic{
				Pos: el.Pos(), End: el.End(), Category: CategoryUnboundedKey,
				Message: fmt.Sprintf("metric label %q is %s, whose values are unbounded: each one makes a new time series; log it or record it on a span, and keep labels bounded (route, method, status class)", name, what),
			}, "the label names are given to the metric here")
		}
	}
}

// promWith checks vec.With(prometheus.Labels{...}) keys and values, and
// vec.WithLabelValues(...) values.
func (c *checker) promWith(scope ast.Node, call *ast.CallExpr, key string) {
	switch {
	case strings.HasSuffix(key, ").WithLabelValues"), strings.HasSuffix(key, ").GetMetricWithLabelValues"):
		if call.Ellipsis.IsValid() {
			return
		}
		for _, a := range call.Args {
			c.value(call, a, "metric label")
		}
	default: // With, GetMetricWith, CurryWith, MustCurryWith
		if len(call.Args) != 1 {
			return
		}
		lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
		if !ok {
			if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok {
				for _, rhs := range c.assigned(scope, id) {
					if l, ok := ast.Unparen(rhs).(*ast.CompositeLit); ok {
						lit = l
					}
				}
			}
		}
		if lit == nil {
			return
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			name, ok := constval.String(c.pass.TypesInfo, kv.Key)
			if !ok {
				continue
			}
			if what, bad := c.m.match(name); bad {
				if c.keys {
					c.emit(call, analysis.Diagnostic{
						Pos: kv.Key.Pos(), End: kv.Key.End(), Category: CategoryUnboundedKey,
						Message: fmt.Sprintf("metric label %q is %s, whose values are unbounded: each one makes a new time series; log it or record it on a span, and keep labels bounded (route, method, status class)", name, what),
					}, "the labels are given to the metric here")
				}
				continue
			}
			c.value(call, kv.Value, fmt.Sprintf("metric label %q", name))
		}
	}
}

// value reports an unbounded value given to a metric attribute or label.
func (c *checker) value(sink *ast.CallExpr, v ast.Expr, target string) {
	if !c.values {
		return
	}
	at, advice := unboundedValue(c.idx, c.pass.TypesInfo, v, 0)
	if at == nil {
		return
	}
	c.emit(sink, analysis.Diagnostic{
		Pos: v.Pos(), End: v.End(), Category: CategoryUnboundedValue,
		Message: fmt.Sprintf("%s is set to %s, whose values are unbounded: each one makes a new time series; %s", target, shorten(types.ExprString(at)), advice),
	}, "")
}

func shorten(s string) string {
	if len(s) > 40 {
		return s[:37] + "..."
	}
	return s
}

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
	v = ast.Unparen(v)
	if depth > 3 {
		return nil, ""
	}
	if tv, ok := info.Types[v]; !ok || tv.Value != nil {
		return nil, "" // constant or untyped
	}
	if t := info.TypeOf(v); t != nil {
		switch typeName(t) {
		case "net/url.URL", "github.com/google/uuid.UUID", "time.Time":
			return v, adviceOther // given to attribute.Stringer
		}
	}
	switch v := v.(type) {
	case *ast.SelectorExpr:
		switch field(info, v) {
		case "net/http.Request.RequestURI", "net/url.URL.Path", "net/url.URL.RawPath":
			return v, advicePath
		case "net/http.Request.RemoteAddr", "net/url.URL.RawQuery":
			return v, adviceOther
		}
	case *ast.CallExpr:
		fn := apis.Callee(info, v)
		if fn == nil {
			return nil, ""
		}
		switch apis.RawKey(fn) {
		case "(net/url.URL).String", "(net/url.URL).RequestURI", "(net/url.URL).EscapedPath":
			return v, advicePath
		case "github.com/google/uuid.NewString", "(github.com/google/uuid.UUID).String", "(time.Time).String":
			return v, adviceOther
		case "(time.Time).Format":
			if len(v.Args) == 1 {
				if layout, ok := constval.String(info, v.Args[0]); ok && !strings.Contains(layout, "2006") && !strings.Contains(layout, "05") {
					return nil, "" // t.Format("Monday"): bounded
				}
			}
			return v, adviceOther
		case "fmt.Sprintf", "fmt.Sprint":
			args := v.Args
			if fn.Name() == "Sprintf" && len(args) > 0 {
				args = args[1:]
			}
			for _, a := range args {
				if at, advice := unboundedValue(idx, info, a, depth+1); at != nil {
					return at, advice
				}
			}
			for _, a := range args {
				if unboundedOperand(info, a) {
					return a, adviceOther
				}
			}
			return nil, ""
		}
		if fn.Name() == "Error" && len(v.Args) == 0 {
			if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && implementsError(sig.Recv().Type()) {
				return v, adviceError
			}
		}
	}
	return nil, ""
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

func implementsError(t types.Type) bool {
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	return types.Implements(t, errType)
}

// typeName returns "path.Name" of a named type (through one pointer).
func typeName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
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

// emit reports d once; when d lies outside the metric call, the call is
// added as related information.
func (c *checker) emit(sink *ast.CallExpr, d analysis.Diagnostic, related string) {
	if c.reported[d.Pos] {
		return
	}
	c.reported[d.Pos] = true
	if related != "" && (d.Pos < sink.Pos() || d.Pos >= sink.End()) {
		d.Related = []analysis.RelatedInformation{{Pos: sink.Pos(), End: sink.End(), Message: related}}
	}
	c.report(d)
}
