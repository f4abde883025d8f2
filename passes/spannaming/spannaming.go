package spannaming

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"
	"sync"

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
	CategoryBadName         = "bad-name"
	CategoryGenericName     = "generic-name"
	CategoryDynamicName     = "dynamic-name"
	CategoryEmptyTracerName = "empty-tracer-name"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryBadName, CategoryGenericName, CategoryDynamicName, CategoryEmptyTracerName}

// DefaultPattern is the default span naming convention. It accepts the
// business names of the convention, Service.Action and
// Domain.Service.Action with PascalCase segments, and the span names the
// OpenTelemetry semantic conventions prescribe, which instrumentation
// libraries and hand-written client code use: HTTP ("GET", "GET /orders/{id}",
// the legacy "HTTP GET", a bare route template "/orders/{id}"), RPC ("pkg.Service/Method"), messaging
// ("publish orders") and database ("SELECT orders") names.
const DefaultPattern = `^(?:` +
	`[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*){1,2}` + // OrderService.PlaceOrder, Payment.OrderService.CreateOrder
	`|(?:HTTP )?(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|CONNECT|TRACE)(?: /\S*)?` + // GET /orders/{id}
	`|/\S*` + // a route template: /api/v3/traces/{trace_id}
	`|[A-Za-z_][\w.]*/[A-Z]\w*` + // grpc.health.v1.Health/Check
	`|(?:publish|create|receive|process|settle|send) \S+` + // publish orders
	`|(?:SELECT|INSERT|UPDATE|DELETE|MERGE|UPSERT|CALL) \S+` + // SELECT orders
	`)$`

// genericWords are the words of names that say which function ran rather
// than what the system did: a name made only of them is generic.
var genericWords = []string{
	"process", "processing", "request", "req", "requests", "handle", "handler", "handling",
	"do", "work", "run", "execute", "exec", "perform", "invoke", "call", "main", "func", "fn",
	"function", "method", "operation", "op", "span", "serve", "http", "async", "parent", "child",
	"test", "foo", "bar", "baz", "todo", "tmp", "temp", "unknown", "default", "internal", "helper",
	"util", "utils", "start", "begin", "step", "action", "logic", "code", "impl", "wrapper", "inner", "outer",
}

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's spannaming block and a flag -spannaming.<name>.
type Config struct {
	Checks passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
	// Pattern: empty means DefaultPattern.
	Pattern string `json:"pattern" help:"regular expression a constant span name must match (default: Service.Action, Domain.Service.Action or a semantic-convention name)"`
	// GenericNames are compared ignoring case, separators and trailing
	// digits.
	GenericNames []string `json:"generic-names" help:"comma-separated names to report as generic, besides the built-in ones"`
}

// Validate checks the pattern.
func (c Config) Validate() error {
	if _, err := regexp.Compile(c.Pattern); err != nil {
		return fmt.Errorf("invalid pattern %q: %v", c.Pattern, err)
	}
	return nil
}

// Pass declares the spannaming pass.
var Pass = passkit.Pass[Config]{
	Name:       "spannaming",
	Doc:        doc,
	Categories: Categories,
	Default: Config{
		Checks:  passkit.Checks{CategoryBadName, CategoryGenericName, CategoryDynamicName, CategoryEmptyTracerName},
		Pattern: DefaultPattern,
	},
	Requires:  []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer},
	FactTypes: []analysis.Fact{new(nameFact)},
	Run:       run,
}

// Analyzer is the spannaming analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// compiled holds, for each analyzer's configuration, its settings compiled
// once, at the first package: the flags bound to the configuration are all
// set by then.
var compiled sync.Map // *Config -> func() (*settings, error)

// A nameFact marks a function that passes one or more of its string
// parameters on as a span name: its call sites are checked instead of its
// body. Parts is the span name it builds.
type nameFact struct {
	Parts []FactPart
}

// FactPart is one piece of a span name built by a wrapper: a constant, a
// parameter, or a bounded non-constant value.
type FactPart struct {
	Kind  uint8 // factLit, factParam or factBounded
	Lit   string
	Param int    // index of the parameter (of the call's arguments)
	Name  string // name of the parameter, for the fact's text
}

const (
	factLit uint8 = iota
	factParam
	factBounded
)

func (*nameFact) AFact() {}

func (f *nameFact) String() string {
	var b strings.Builder
	b.WriteString("spanname(")
	for i, p := range f.Parts {
		if i > 0 {
			b.WriteString(" + ")
		}
		switch p.Kind {
		case factLit:
			fmt.Fprintf(&b, "%q", p.Lit)
		case factParam:
			b.WriteString(p.Name)
		default:
			b.WriteString("?")
		}
	}
	b.WriteString(")")
	return b.String()
}

// settings is the compiled configuration.
type settings struct {
	checks  map[string]bool
	pattern *regexp.Regexp
	custom  bool // a pattern other than DefaultPattern
	generic map[string]bool
	words   map[string]bool
}

func compile(cfg *Config) (*settings, error) {
	pat := cfg.Pattern
	if pat == "" {
		pat = DefaultPattern
	}
	re, err := regexp.Compile(pat)
	if err != nil {
		return nil, fmt.Errorf("spannaming: invalid pattern %q: %v", pat, err)
	}
	s := &settings{checks: map[string]bool{}, pattern: re, custom: pat != DefaultPattern, generic: map[string]bool{}, words: map[string]bool{}}
	for _, c := range cfg.Checks {
		s.checks[c] = true
	}
	for _, w := range genericWords {
		s.words[w] = true
	}
	for _, n := range cfg.GenericNames {
		s.generic[normalise(n)] = true
	}
	return s, nil
}

// normalise returns the words of a name, lower case, without trailing
// digits, joined by spaces: "ProcessRequest2" -> "process request".
func normalise(name string) string {
	return strings.Join(nameWords(name), " ")
}

func nameWords(name string) []string {
	var out []string
	for _, w := range constval.Words(name) {
		w = strings.TrimRight(w, "0123456789")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// isGeneric reports whether name only says which function ran.
func (s *settings) isGeneric(name string) bool {
	words := nameWords(name)
	if len(words) == 0 {
		return false
	}
	if s.generic[strings.Join(words, " ")] {
		return true
	}
	for _, w := range words {
		if !s.words[w] {
			return false
		}
	}
	return true
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	if !idx.ImportsAny(apis.TracePkg, apis.OtelPkg) {
		return nil, nil // no tracing API, hence no span names and no wrappers
	}
	once, _ := compiled.LoadOrStore(cfg, sync.OnceValues(func() (*settings, error) { return compile(cfg) }))
	set, err := once.(func() (*settings, error))()
	if err != nil {
		return nil, err
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	sup := pass.ResultOf[suppress.Analyzer].(*suppress.Index)
	a := &analyzer{pass: pass, idx: idx, set: set, report: suppress.Reporter(pass), evals: map[*ast.FuncDecl]*evaluator{}, reported: map[token.Pos]bool{},
		imported: map[*types.Func][]FactPart{}}

	// Collect the calls that may name a span, with their enclosing
	// declarations.
	var calls []callSite
	for _, f := range pass.Files {
		if sup.GeneratedFile(pass.Fset, f) {
			continue
		}
		fc, ok := ins.Root().FindNode(f)
		if !ok {
			continue
		}
		// Test spans are fixtures named for the test: wrappers in test
		// files are learned, names are not checked.
		test := strings.HasSuffix(pass.Fset.File(f.FileStart).Name(), "_test.go")
		for c := range fc.Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			if !a.mayName(call) {
				continue
			}
			var fd *ast.FuncDecl
			for e := range c.Enclosing((*ast.FuncDecl)(nil)) {
				fd = e.Node().(*ast.FuncDecl)
				break
			}
			calls = append(calls, callSite{call, fd, test})
		}
	}

	// Learn the wrappers of this package: a function whose span name
	// depends on its parameters. Wrappers of wrappers need more rounds.
	for round := 0; round < 8; round++ {
		changed := false
		for _, cs := range calls {
			if cs.fd == nil {
				continue
			}
			tmpl := a.template(cs.call)
			if tmpl == nil {
				continue
			}
			fn, _ := pass.TypesInfo.Defs[cs.fd.Name].(*types.Func)
			if fn == nil || pass.ImportObjectFact(fn, new(nameFact)) {
				continue
			}
			parts := a.paramsAsValues(cs.fd, dropEmpty(a.substitute(cs, tmpl)))
			if fact := wrapperFact(parts); fact != nil {
				pass.ExportObjectFact(fn, fact)
				changed = true
			}
		}
		if !changed {
			break
		}
	}

	for _, cs := range calls {
		if !cs.test {
			a.check(cs)
		}
	}
	return nil, nil
}

type callSite struct {
	call *ast.CallExpr
	fd   *ast.FuncDecl // enclosing declaration, or nil
	test bool          // in a _test.go file
}

type analyzer struct {
	pass     *analysis.Pass
	idx      *apis.Index
	set      *settings
	report   func(analysis.Diagnostic)
	evals    map[*ast.FuncDecl]*evaluator
	reported map[token.Pos]bool
	// imported memoizes the name facts of other packages' functions (nil:
	// none).
	imported map[*types.Func][]FactPart
}

// mayName reports whether call may name a span or a tracer: a call of
// Tracer.Start, Span.SetName, otel.Tracer or TracerProvider.Tracer, of a
// function of this package (a wrapper yet to be learned), or of another
// package's function that has a fact.
func (a *analyzer) mayName(call *ast.CallExpr) bool {
	switch a.idx.Key(call) {
	case apis.TracerStart, apis.SpanSetName, apis.OtelTracer, apis.TracerProviderTrace:
		return true
	}
	fn := apis.Callee(a.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	return fn.Pkg() == a.pass.Pkg || a.importedFact(fn.Origin()) != nil
}

// importedFact returns the parts of the name fact of fn, a function of
// another package, or nil.
func (a *analyzer) importedFact(fn *types.Func) []FactPart {
	parts, ok := a.imported[fn]
	if !ok {
		var f nameFact
		if a.pass.ImportObjectFact(fn, &f) {
			parts = f.Parts
		}
		a.imported[fn] = parts
	}
	return parts
}

// template returns the span name that call sets, in terms of its
// arguments: Tracer.Start names the span with its second argument,
// Span.SetName with its first, a wrapper as its fact says; nil for any
// other call.
func (a *analyzer) template(call *ast.CallExpr) []FactPart {
	switch a.idx.Key(call) {
	case apis.TracerStart:
		return []FactPart{{Kind: factParam, Param: 1}}
	case apis.SpanSetName:
		return []FactPart{{Kind: factParam, Param: 0}}
	}
	fn := apis.Callee(a.pass.TypesInfo, call)
	if fn == nil {
		return nil
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := a.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			return nil // T.Method(recv, args...): arguments shifted
		}
	}
	fn = fn.Origin()
	if fn.Pkg() != a.pass.Pkg {
		return a.importedFact(fn)
	}
	var f nameFact
	if !a.pass.ImportObjectFact(fn, &f) {
		return nil // not (yet) known to be a wrapper
	}
	return f.Parts
}

// substitute evaluates the span name a call builds, in the context of the
// caller.
func (a *analyzer) substitute(cs callSite, tmpl []FactPart) []part {
	ev := a.evaluator(cs.fd)
	var out []part
	for _, t := range tmpl {
		switch t.Kind {
		case factLit:
			out = append(out, part{kind: lit, s: t.Lit, arg: -1})
		case factBounded:
			out = append(out, part{kind: bounded, arg: -1})
		case factParam:
			if t.Param >= len(cs.call.Args) || (cs.call.Ellipsis.IsValid() && t.Param == len(cs.call.Args)-1) {
				return []part{{kind: opaque, arg: -1}}
			}
			for _, p := range ev.eval(cs.call.Args[t.Param], 0) {
				p.arg = t.Param
				out = append(out, p)
			}
		}
	}
	return out
}

// wrapperFact returns the fact of a function whose span name is parts, if
// it depends on the function's parameters and on nothing unbounded.
func wrapperFact(parts []part) *nameFact {
	parts = dropEmpty(parts)
	hasParam := false
	for _, p := range parts {
		switch p.kind {
		case param:
			hasParam = true
		case unbounded:
			return nil
		case opaque:
			if len(parts) > 1 {
				return nil // reported as dynamic in the body
			}
		}
	}
	if !hasParam {
		return nil
	}
	f := &nameFact{}
	for _, p := range parts {
		switch p.kind {
		case lit:
			f.Parts = append(f.Parts, FactPart{Kind: factLit, Lit: p.s})
		case param:
			f.Parts = append(f.Parts, FactPart{Kind: factParam, Param: p.idx, Name: p.name})
		default:
			f.Parts = append(f.Parts, FactPart{Kind: factBounded})
		}
	}
	return f
}

// paramsAsValues treats the parameters in a name built from several parts
// as values rather than names, unless fd is a span helper: a function that
// returns a span or runs a callback. func get(ctx, id string) naming its
// span "Order." + id builds a dynamic name; func startDB(ctx, op string)
// (context.Context, trace.Span) naming it "Database." + op is a helper
// whose callers say the operation.
func (a *analyzer) paramsAsValues(fd *ast.FuncDecl, parts []part) []part {
	if len(parts) < 2 || !slices.ContainsFunc(parts, func(p part) bool { return p.kind == param }) || a.helper(fd) {
		return parts
	}
	out := slices.Clone(parts)
	for i := range out {
		if out[i].kind == param {
			out[i].kind = opaque
		}
	}
	return out
}

// helper reports whether fd returns a trace.Span or takes a function.
func (a *analyzer) helper(fd *ast.FuncDecl) bool {
	if fd == nil {
		return false
	}
	fn, _ := a.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if fn == nil {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return false
	}
	for v := range sig.Results().Variables() {
		if n, ok := types.Unalias(v.Type()).(*types.Named); ok && n.Obj().Pkg() != nil &&
			n.Obj().Pkg().Path() == apis.TracePkg && n.Obj().Name() == "Span" {
			return true
		}
	}
	for v := range sig.Params().Variables() {
		if _, ok := v.Type().Underlying().(*types.Signature); ok {
			return true
		}
	}
	return false
}

func dropEmpty(parts []part) []part {
	var out []part
	for _, p := range parts {
		if p.kind == lit && p.s == "" && len(parts) > 1 {
			continue
		}
		out = append(out, p)
	}
	return out
}

func (a *analyzer) evaluator(fd *ast.FuncDecl) *evaluator {
	ev, ok := a.evals[fd]
	if !ok {
		ev = newEvaluator(a.pass, a.idx, fd)
		a.evals[fd] = ev
	}
	return ev
}

// check reports the problems of the span or tracer name set by one call.
func (a *analyzer) check(cs callSite) {
	call := cs.call
	if a.idx.Is(call, apis.OtelTracer, apis.TracerProviderTrace) {
		a.checkTracerName(call)
		return
	}
	tmpl := a.template(call)
	if tmpl == nil {
		return
	}
	parts := a.paramsAsValues(cs.fd, dropEmpty(a.substitute(cs, tmpl)))
	// The argument to report at: the first one the name comes from.
	at := func(p part) ast.Expr {
		if p.arg >= 0 && p.arg < len(call.Args) {
			return call.Args[p.arg]
		}
		for _, t := range tmpl {
			if t.Kind == factParam && t.Param < len(call.Args) {
				return call.Args[t.Param]
			}
		}
		return call
	}
	var name strings.Builder
	allLit := true
	for _, p := range parts {
		if p.kind != lit {
			allLit = false
		}
		name.WriteString(p.s)
	}
	if allLit {
		first := part{arg: -1}
		for _, p := range parts {
			if p.arg >= 0 {
				first = p
				break
			}
		}
		a.checkConstName(at(first), name.String())
		return
	}
	for _, p := range parts {
		if p.kind == unbounded || (p.kind == opaque && len(parts) > 1) {
			a.reportDynamic(at(p), p)
			return
		}
	}
	// Parameters and bounded values: a wrapper, or a name from a closed set.
}

// checkConstName reports a constant span name that is generic or does not
// follow the convention.
func (a *analyzer) checkConstName(at ast.Expr, name string) {
	switch {
	case a.set.checks[CategoryGenericName] && a.set.isGeneric(name):
		a.reportf(at, CategoryGenericName,
			"span name %q says which function ran, not what the system did; name the business operation, such as \"OrderService.PlaceOrder\"", name)
	case !a.set.checks[CategoryBadName]:
	case name == "":
		a.reportf(at, CategoryBadName, "span name is empty; name the business operation, such as \"OrderService.PlaceOrder\"")
	case a.set.pattern.MatchString(name):
	case a.set.custom:
		a.reportf(at, CategoryBadName, "span name %q does not match the naming pattern %s; rename the span to follow the team's convention", name, a.set.pattern)
	default:
		a.reportf(at, CategoryBadName,
			"span name %q does not follow the Service.Action convention; use dotted PascalCase business names such as \"OrderService.PlaceOrder\" or \"Payment.OrderService.CreateOrder\"", name)
	}
}

func (a *analyzer) reportDynamic(at ast.Expr, p part) {
	if !a.set.checks[CategoryDynamicName] {
		return
	}
	what := "a non-constant value"
	if p.expr != nil {
		what = types.ExprString(p.expr)
		if len(what) > 40 {
			what = what[:37] + "..."
		}
	}
	d := analysis.Diagnostic{
		Pos: at.Pos(), End: at.End(), Category: CategoryDynamicName,
		Message: fmt.Sprintf("span name is built at run time from %s, so every value makes a new span name; use a constant name and record %s as a span attribute", what, what),
	}
	if p.expr != nil && (p.expr.Pos() < at.Pos() || p.expr.End() > at.End()) {
		d.Related = []analysis.RelatedInformation{{Pos: p.expr.Pos(), End: p.expr.End(), Message: "the non-constant part of the name"}}
	}
	a.emit(d)
}

// checkTracerName reports otel.Tracer("") and provider.Tracer("").
func (a *analyzer) checkTracerName(call *ast.CallExpr) {
	if !a.set.checks[CategoryEmptyTracerName] || len(call.Args) == 0 {
		return
	}
	if s, ok := constval.String(a.pass.TypesInfo, call.Args[0]); !ok || strings.TrimSpace(s) != "" {
		return
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && a.idx.Key(call) == apis.TracerProviderTrace {
		// A no-op provider ignores the name.
		if t := a.pass.TypesInfo.TypeOf(sel.X); t != nil {
			if n, ok := types.Unalias(derefType(t)).(*types.Named); ok && n.Obj().Pkg() != nil && strings.HasSuffix(n.Obj().Pkg().Path(), "/noop") {
				return
			}
		}
	}
	a.reportf(call.Args[0], CategoryEmptyTracerName,
		"tracer name is empty, so its spans carry no instrumentation scope; name the tracer after the instrumenting package, such as its import path")
}

func derefType(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

func (a *analyzer) reportf(at ast.Expr, category, format string, args ...any) {
	a.emit(analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: category, Message: fmt.Sprintf(format, args...)})
}

func (a *analyzer) emit(d analysis.Diagnostic) {
	if a.reported[d.Pos] {
		return
	}
	a.reported[d.Pos] = true
	a.report(d)
}
