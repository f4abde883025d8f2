package instrumentcreation

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/reqscope"
	"github.com/otellint/otellint/internal/suppress"
)

//go:embed doc.go
var doc string

// The categories of the diagnostics of this pass, one per check.
const (
	CategoryInstrumentPerRequest = "instrument-per-request"
	CategoryProviderPerRequest   = "provider-per-request"
	CategoryLookupPerRequest     = "lookup-per-request"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryInstrumentPerRequest, CategoryProviderPerRequest, CategoryLookupPerRequest}

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's instrumentcreation block and a flag -instrumentcreation.<name>.
type Config struct {
	Checks passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
}

// Pass declares the instrumentcreation pass.
var Pass = passkit.Pass[Config]{
	Name:       "instrumentcreation",
	Doc:        doc,
	Categories: Categories,
	Default:    Config{Checks: passkit.Checks{CategoryInstrumentPerRequest, CategoryProviderPerRequest, CategoryLookupPerRequest}},
	Requires:   []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, reqscope.Analyzer, suppress.Analyzer},
	FactTypes:  []analysis.Fact{(*CreatesFact)(nil)},
	Run:        run,
}

// Analyzer is the instrumentcreation analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// CreatesFact marks a function that creates an instrument, a provider, an
// exporter or a registration every time it is called, without caching it.
// A call of such a function in request-scoped code is reported like the
// creation itself.
type CreatesFact struct {
	// Category is the check the creation belongs to.
	Category string
	// What names what is created: "instrument Int64Counter".
	What string
	// Line is the line of the creation (or of the call that creates)
	// relative to the line of the function's name, for Related.
	Line int
	// Setup is true when the function creates only as a set-up step: in
	// set-up code, or by calling set-up steps from a function that is
	// request-scoped only because it takes a context. Such a function
	// called from another context-taking function is a chain of set-up
	// steps (Reload(ctx) calling Validate(ctx, cfg) calling Build), not a
	// creation per request.
	Setup bool
}

// AFact marks CreatesFact as an analysis fact.
func (*CreatesFact) AFact() {}

func (f *CreatesFact) String() string { return "creates " + f.What }

// creation is what a call creates and how the pass speaks of it.
type creation struct {
	category string
	what     string // noun phrase: "instrument Int64Counter"
	why      string // what goes wrong when it happens per request
	fix      string // what to do
}

const (
	whyInstrument = "costs a lock and a lookup on every call"
	fixInstrument = "create it once at set-up (init, a constructor or a package-level var) and reuse it"
	whyRegister   = "the second registration panics with a duplicate collector"
	fixRegister   = "register it once at start-up"
	whyProvider   = "each one starts its own exporter and goroutines and leaks them"
	fixProvider   = "create it once at start-up and shut it down at exit"
	whyLookup     = "a lock and a map lookup on every call, and the scope name repeated at each call site"
	fixLookup     = "get it once at set-up (a package-level var or a struct field), next to the instruments"
)

// Keys recognised here besides the shared tables.
const (
	promhttpPkg              = "github.com/prometheus/client_golang/prometheus/promhttp"
	sdkLogNewLoggerProvider  = "go.opentelemetry.io/otel/sdk/log.NewLoggerProvider"
	promRegistryMustRegister = "(" + apis.PromPkg + ".Registry).MustRegister"
	promRegistryRegister     = "(" + apis.PromPkg + ".Registry).Register"
)

// rawKeyPkgs are the packages of the keys above that the shared tables do
// not hold: only the calls of their functions need a key of their own.
var rawKeyPkgs = map[string]bool{"go.opentelemetry.io/otel/sdk/log": true, apis.PromPkg: true, apis.PromautoPkg: true}

// classify returns what the call of fn creates, if anything.
func classify(idx *apis.Index, fn *types.Func, call *ast.CallExpr) (creation, bool) {
	k := idx.Key(call)
	if k == "" && fn != nil && fn.Pkg() != nil && rawKeyPkgs[fn.Pkg().Path()] {
		k = apis.RawKey(fn)
	}
	if k == "" || fn == nil {
		return creation{}, false
	}
	qualified := k
	if fn.Pkg() != nil {
		qualified = fn.Pkg().Name() + "." + fn.Name()
	}
	switch {
	case slices.Contains(apis.InstrumentConstructors, k):
		return creation{CategoryInstrumentPerRequest, "instrument " + fn.Name(), whyInstrument, fixInstrument}, true
	case k == apis.MeterRegisterCB:
		return creation{CategoryInstrumentPerRequest, "callback registration RegisterCallback",
			"the callbacks pile up and run on every collection", "register it once at set-up, next to the instrument"}, true
	case strings.HasPrefix(k, apis.PromautoPkg+".New"):
		return creation{CategoryInstrumentPerRequest, "collector " + qualified, whyRegister, "create it once at set-up and reuse it"}, true
	case k == apis.SDKNewTracerProvider:
		return creation{CategoryProviderPerRequest, "tracer provider NewTracerProvider", whyProvider, fixProvider}, true
	case k == apis.SDKNewMeterProvider:
		return creation{CategoryProviderPerRequest, "meter provider NewMeterProvider", whyProvider, fixProvider}, true
	case k == sdkLogNewLoggerProvider:
		return creation{CategoryProviderPerRequest, "logger provider NewLoggerProvider", whyProvider, fixProvider}, true
	case slices.Contains(apis.ExporterNews, k):
		return creation{CategoryProviderPerRequest, "exporter " + qualified, "it opens connections and starts goroutines on every call", "create it once at start-up"}, true
	case k == apis.PromPkg+".NewRegistry" || k == apis.PromPkg+".NewPedanticRegistry":
		return creation{CategoryProviderPerRequest, "registry " + qualified, "its metrics start from zero on every call", "create it once at start-up"}, true
	case k == apis.PromPkg+".MustRegister" || k == apis.PromPkg+".Register":
		return creation{CategoryProviderPerRequest, "collector registration " + qualified, whyRegister, fixRegister}, true
	case k == promRegistryMustRegister || k == promRegistryRegister:
		return creation{CategoryProviderPerRequest, "collector registration " + fn.Name(), whyRegister, fixRegister}, true
	case k == apis.OtelTracer:
		return creation{CategoryLookupPerRequest, "tracer otel.Tracer", whyLookup, fixLookup}, true
	case k == apis.OtelMeter:
		return creation{CategoryLookupPerRequest, "meter otel.Meter", whyLookup, fixLookup}, true
	case k == apis.TracerProviderTrace:
		return creation{CategoryLookupPerRequest, "tracer TracerProvider.Tracer", whyLookup, fixLookup}, true
	case k == apis.MeterProviderMeter:
		return creation{CategoryLookupPerRequest, "meter MeterProvider.Meter", whyLookup, fixLookup}, true
	}
	return creation{}, false
}

// site is a call that creates, directly or through a helper.
type site struct {
	cur    inspector.Cursor
	call   *ast.CallExpr
	c      creation
	helper *types.Func // the helper called, or nil for a direct creation
	fact   *CreatesFact
	place  reqscope.Place
	decl   *ast.FuncDecl // innermost enclosing declaration, or nil
	skip   bool          // cached, in a test file, or otherwise not a creation per call
	table  bool          // not a creation per call here (a table built in a loop, a set-up step), but its function creates
	// loopStored is true for a call in a bounded loop whose result is
	// stored into a table.
	loopStored bool
	located    bool // place, decl and skip are set
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	if !idx.ImportsAny(apis.MetricPkg, apis.TracePkg, apis.OtelPkg, apis.PromPkg) {
		return nil, nil // neither OTel nor Prometheus: nothing is created here
	}
	if isLibrary(pass.Pkg.Path()) {
		return nil, nil // the recognised libraries themselves: their entry points are in the tables
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	scope := pass.ResultOf[reqscope.Analyzer].(*reqscope.Info)
	report := suppress.Reporter(pass)
	var g *guards // built on first use

	// Gather the creations and the calls of functions that may create:
	// those of the package, and those of other packages known to create.
	var direct, calls []*site
	imported := map[*types.Func]*CreatesFact{}
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := apis.Callee(pass.TypesInfo, call)
		if fn == nil {
			continue
		}
		if c, ok := classify(idx, fn, call); ok {
			direct = append(direct, &site{cur: cur, call: call, c: c})
			continue
		}
		if fn.Pkg() != nil && !isInterfaceMethod(fn) {
			fn = fn.Origin()
			if fn.Pkg() == pass.Pkg || helperFact(pass, nil, imported, fn) != nil {
				calls = append(calls, &site{cur: cur, call: call, helper: fn})
			}
		}
	}
	if len(direct) == 0 && len(calls) == 0 {
		return nil, nil
	}
	// Where a call is, which is costly to learn, matters only for the
	// calls that create: every direct one, and the calls of helpers once
	// they are known to create.
	locate := func(s *site) {
		if !s.located {
			s.located = true
			s.place = scope.At(s.cur)
			s.decl = enclosingDecl(s.cur)
			if g == nil {
				built := newGuards(pass.TypesInfo, ins)
				g = &built
			}
			s.skip = isTestFile(pass, s.call.Pos()) || g.cached(s.cur)
		}
	}
	for _, s := range direct {
		locate(s)
		if !s.skip && s.place.Kind == reqscope.Request {
			s.table = s.place.Loop && stored(pass.TypesInfo, s.cur)
			s.skip = !s.table && exempt(pass, idx, s)
		}
	}

	// Learn which functions of the package create, through the calls of
	// each other, until nothing changes.
	local := map[*types.Func]*CreatesFact{}
	origin := map[*types.Func]token.Pos{} // where each local function creates
	learn := func(s *site, f *CreatesFact) bool {
		if s.skip || s.decl == nil || f.Category == CategoryLookupPerRequest {
			return false
		}
		if s.place.Kind == reqscope.Request && !s.table {
			return false // reported here: its callers need not be
		}
		if s.place.Reason == reqscope.ReasonOnce {
			return false // created once, whoever calls
		}
		fn, ok := pass.TypesInfo.Defs[s.decl.Name].(*types.Func)
		if !ok || s.decl.Recv == nil && (fn.Name() == "init" || fn.Name() == "main" && pass.Pkg.Name() == "main") {
			return false // init and main are never called
		}
		// A function creates as a set-up step when every creation in it is
		// in set-up code or a call of a set-up step from a weak place.
		setup := s.place.Kind == reqscope.Init || s.table && s.helper != nil && weakSetupCall(s)
		if old := local[fn]; old != nil {
			if !old.Setup || setup {
				return false
			}
			old.Setup = false
			return true
		}
		local[fn] = &CreatesFact{Category: f.Category, What: f.What, Line: line(pass.Fset, s.call.Pos()) - line(pass.Fset, fn.Pos()), Setup: setup}
		origin[fn] = s.call.Pos()
		return true
	}
	for _, s := range direct {
		s.fact = &CreatesFact{Category: s.c.category, What: s.c.what}
		learn(s, s.fact)
	}
	for changed := true; changed; {
		changed = false
		for _, s := range calls {
			f := helperFact(pass, local, imported, s.helper)
			if f == nil {
				continue
			}
			locate(s)
			if s.fact == nil {
				s.c = categoryText(f)
				s.loopStored = s.place.Kind == reqscope.Request && s.place.Loop && stored(pass.TypesInfo, s.cur)
			}
			s.fact = f
			s.table = s.place.Kind == reqscope.Request && (s.loopStored || weakSetupCall(s))
			if learn(s, s.fact) {
				changed = true
			}
		}
	}
	for fn, f := range local {
		pass.ExportObjectFact(fn, f)
	}

	// Report the creations in request-scoped code.
	for _, s := range slices.Concat(direct, calls) {
		if s.fact == nil || s.skip || s.table || s.place.Kind != reqscope.Request || !cfg.Checks.On(s.c.category) {
			continue
		}
		where := "request-scoped code (" + s.place.Reason + ")"
		d := analysis.Diagnostic{Pos: s.call.Pos(), End: s.call.End(), Category: s.c.category}
		if s.helper == nil {
			verb := "is created"
			if s.c.category == CategoryLookupPerRequest {
				verb = "is looked up"
			} else if strings.Contains(s.c.what, "registration") {
				verb = "happens"
			}
			d.Message = fmt.Sprintf("%s %s in %s: %s; %s", s.c.what, verb, where, s.c.why, s.c.fix)
		} else {
			d.Message = fmt.Sprintf("call to %s creates %s in %s: %s; %s", s.helper.Name(), s.fact.What, where, s.c.why, s.c.fix)
			d.Related = []analysis.RelatedInformation{{Pos: helperPos(pass, origin, s.helper, s.fact), Message: s.helper.Name() + " creates " + s.fact.What + " here"}}
		}
		if s.place.Pos.IsValid() {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: s.place.Pos, Message: s.place.Reason + " runs per request"})
		}
		report(d)
	}
	return nil, nil
}

// weakSetupCall reports whether s calls a set-up helper (New*, Build*...,
// or a function whose fact says it creates as a set-up step) from a place
// that is request-scoped only by the weak rules (a function that takes a
// context, a bounded loop): a set-up step calling another, such as
// Validate(ctx, cfg) building a graph to check it. Its function is learnt
// to create instead, so a handler calling it is still reported.
func weakSetupCall(s *site) bool {
	return (s.place.Context || s.place.Loop) && (reqscope.IsSetupName(s.helper.Name()) || s.fact != nil && s.fact.Setup)
}

// helperFact returns the fact of fn, local or imported; imported memoizes
// the imported ones (nil for none).
func helperFact(pass *analysis.Pass, local, imported map[*types.Func]*CreatesFact, fn *types.Func) *CreatesFact {
	if f := local[fn]; f != nil {
		return f
	}
	if fn.Pkg() == pass.Pkg || isLibrary(fn.Pkg().Path()) {
		return nil
	}
	f, ok := imported[fn]
	if !ok {
		var fact CreatesFact
		if pass.ImportObjectFact(fn, &fact) {
			f = &fact
		}
		imported[fn] = f
	}
	return f
}

// categoryText returns the explanation and advice for what a fact says
// the helper creates.
func categoryText(f *CreatesFact) creation {
	c := creation{category: f.Category, what: f.What}
	switch {
	case strings.HasPrefix(f.What, "collector"):
		c.why, c.fix = whyRegister, fixRegister
	case f.Category == CategoryInstrumentPerRequest:
		c.why, c.fix = whyInstrument, fixInstrument
	case strings.HasPrefix(f.What, "exporter"):
		c.why, c.fix = "it opens connections and starts goroutines on every call", "create it once at start-up"
	case strings.HasPrefix(f.What, "registry"):
		c.why, c.fix = "its metrics start from zero on every call", "create it once at start-up"
	default:
		c.why, c.fix = whyProvider, fixProvider
	}
	return c
}

// helperPos returns where the helper creates: the exact call for a
// function of this package, else the line the fact records, relative to
// the helper's name.
func helperPos(pass *analysis.Pass, origin map[*types.Func]token.Pos, fn *types.Func, f *CreatesFact) token.Pos {
	if p, ok := origin[fn]; ok {
		return p
	}
	tf := pass.Fset.File(fn.Pos())
	if tf == nil {
		return fn.Pos()
	}
	l := tf.Line(fn.Pos()) + f.Line
	if l < 1 || l > tf.LineCount() {
		return fn.Pos()
	}
	return tf.LineStart(l)
}

// isLibrary reports whether path belongs to the OpenTelemetry Go API, SDK
// and exporters or to the Prometheus client: what they create inside is
// known by their entry points (NewTracerProvider, the exporters), so no
// facts are learnt from them.
func isLibrary(path string) bool {
	for _, p := range []string{"go.opentelemetry.io/otel", "github.com/prometheus/client_golang"} {
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

func line(fset *token.FileSet, pos token.Pos) int {
	return fset.Position(pos).Line
}

func isInterfaceMethod(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	return sig != nil && sig.Recv() != nil && types.IsInterface(sig.Recv().Type())
}

func isTestFile(pass *analysis.Pass, pos token.Pos) bool {
	return strings.HasSuffix(pass.Fset.Position(pos).Filename, "_test.go")
}

func enclosingDecl(cur inspector.Cursor) *ast.FuncDecl {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return c.Node().(*ast.FuncDecl)
	}
	return nil
}

// exempt reports whether a direct creation in request-scoped code is not
// a creation per call after all: a callback unregistered in the same
// function, a registration into a registry made in the same function, or a
//
//	registry made and served in the same function (the multi-target
//	exporter pattern): nothing outlives the request.
func exempt(pass *analysis.Pass, idx *apis.Index, s *site) bool {
	k := idx.Key(s.call)
	switch k {
	case promRegistryMustRegister, promRegistryRegister:
		sel, ok := ast.Unparen(s.call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		v := localVar(pass.TypesInfo, sel.X)
		return v != nil && definedBy(pass.TypesInfo, s.decl, v, func(call *ast.CallExpr) bool {
			return idx.Is(call, apis.PromPkg+".NewRegistry", apis.PromPkg+".NewPedanticRegistry")
		})
	case apis.PromPkg + ".NewRegistry", apis.PromPkg + ".NewPedanticRegistry":
		v := assignedVar(pass.TypesInfo, s.cur)
		return v != nil && served(pass.TypesInfo, s.decl, v)
	case apis.MeterRegisterCB:
		v := assignedVar(pass.TypesInfo, s.cur)
		return v != nil && unregistered(pass.TypesInfo, s.decl, v)
	}
	return false
}

// unregistered reports whether decl calls v.Unregister(): a callback
// registered for the duration of one call does not pile up.
func unregistered(info *types.Info, decl *ast.FuncDecl, v *types.Var) bool {
	return anyCall(decl, func(call *ast.CallExpr) bool {
		// v.Unregister(), the method of metric.Registration.
		fn := apis.Callee(info, call)
		return fn != nil && fn.Name() == "Unregister" && fn.Pkg() != nil && fn.Pkg().Path() == apis.MetricPkg &&
			receiverIs(info, call, v)
	})
}

// receiverIs reports whether call is a method call on the variable v.
func receiverIs(info *types.Info, call *ast.CallExpr, v *types.Var) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	return ok && info.Uses[id] == v
}

// anyCall reports whether some call in the body of decl satisfies match.
func anyCall(decl *ast.FuncDecl, match func(*ast.CallExpr) bool) bool {
	if decl == nil || decl.Body == nil {
		return false
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found && match(call) {
			found = true
		}
		return !found
	})
	return found
}

// localVar returns the local variable e names, or nil.
func localVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return v
}

// assignedVar returns the local variable the call at cur is assigned to
// (v := call, v = call, var v = call), or nil.
func assignedVar(info *types.Info, cur inspector.Cursor) *types.Var {
	lhs := assignedTo(cur)
	if lhs == nil {
		return nil
	}
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	return v
}

// assignedTo returns the expression the value of the call at cur is
// stored to, or nil. For a call with two results (v, err := call) it is
// the first.
func assignedTo(cur inspector.Cursor) ast.Expr {
	e, i := cur.ParentEdge()
	switch e {
	case edge.AssignStmt_Rhs:
		as := cur.Parent().Node().(*ast.AssignStmt)
		if len(as.Lhs) == len(as.Rhs) {
			return as.Lhs[i]
		}
		return as.Lhs[0]
	case edge.ValueSpec_Values:
		vs := cur.Parent().Node().(*ast.ValueSpec)
		if len(vs.Names) == len(vs.Values) {
			return vs.Names[i]
		}
		return vs.Names[0]
	}
	return nil
}

// definedBy reports whether v is assigned in decl from a call that
// matches.
func definedBy(info *types.Info, decl *ast.FuncDecl, v *types.Var, match func(*ast.CallExpr) bool) bool {
	if decl == nil || decl.Body == nil {
		return false
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found {
			return !found
		}
		for i, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || info.ObjectOf(id) != v || i >= len(as.Rhs) {
				continue
			}
			if call, ok := ast.Unparen(as.Rhs[i]).(*ast.CallExpr); ok && match(call) {
				found = true
			}
		}
		return true
	})
	return found
}

// served reports whether the registry v is handed to promhttp or gathered
// in decl: the registry is made to answer this request.
func served(info *types.Info, decl *ast.FuncDecl, v *types.Var) bool {
	return anyCall(decl, func(call *ast.CallExpr) bool {
		fn := apis.Callee(info, call)
		if fn == nil {
			return false
		}
		if fn.Pkg() != nil && fn.Pkg().Path() == promhttpPkg {
			for _, a := range call.Args {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && info.Uses[id] == v {
					return true
				}
			}
		}
		return fn.Name() == "Gather" && receiverIs(info, call, v)
	})
}

// stored reports whether the value of the call at cur is kept in a table
// or a struct: assigned to a map or slice element, a field or a package
// variable, directly or through a local variable later stored so or
// appended.
func stored(info *types.Info, cur inspector.Cursor) bool {
	lhs := assignedTo(cur)
	if lhs == nil {
		return false
	}
	if isStorage(info, lhs) {
		return true
	}
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok {
		return false
	}
	decl := enclosingDecl(cur)
	if decl == nil || decl.Body == nil {
		return false
	}
	uses := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
				found = true
			}
			return !found
		})
		return found
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if i < len(n.Rhs) && isStorage(info, l) && uses(n.Rhs[i]) {
					found = true
				}
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
					for _, a := range n.Args[min(1, len(n.Args)):] {
						if uses(a) {
							found = true
						}
					}
				}
			}
		}
		return true
	})
	return found
}

// isStorage reports whether e is a place that outlives the statement: a
// map or slice element, a field, or a package-level variable.
func isStorage(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		return true
	case *ast.SelectorExpr:
		sel, ok := info.Selections[e]
		if ok {
			return sel.Kind() == types.FieldVal
		}
		return isPackageVar(info.Uses[e.Sel])
	case *ast.Ident:
		return isPackageVar(info.ObjectOf(e))
	case *ast.StarExpr:
		return true
	}
	return false
}

func isPackageVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// cached reports whether the call at cur only runs when a cached value is
// missing:
//
//	if s.counter == nil { s.counter, _ = meter.Int64Counter(...) }
//	if c, ok := cache[name]; !ok { c, _ = meter.Int64Counter(name); ... }
//	if c, ok := cache[name]; ok { return c }; c, _ := meter.Int64Counter(name)
//	if counter != nil { return counter }; ...; counter, _ = meter.Int64Counter(...)
func (g guards) cached(cur inspector.Cursor) bool {
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
func (g guards) missTest(cond ast.Expr) bool {
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
func (g guards) hitTest(cond ast.Expr) bool {
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
func (g guards) nilCompare(e *ast.BinaryExpr) bool {
	x := e.X
	if isNil(g.info, x) {
		x = e.Y
	} else if !isNil(g.info, e.Y) {
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

func isNil(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, ok = info.Uses[id].(*types.Nil)
	return ok
}

// isOK reports whether e is the boolean of a comma-ok form:
// v, ok := m[k], v, ok := x.(T) or v, ok := cache.Load(k).
func (g guards) isOK(e ast.Expr) bool {
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
func (g guards) definedFromLookup(id *ast.Ident) bool {
	v, ok := g.info.Uses[id].(*types.Var)
	return ok && g.lookups[v]
}

// guards tells cache tests apart from other conditions.
type guards struct {
	info    *types.Info
	lookups map[*types.Var]bool // variables assigned from a lookup
}

// newGuards finds the variables assigned from a map index, a type
// assertion or a call.
func newGuards(info *types.Info, ins *inspector.Inspector) guards {
	g := guards{info: info, lookups: map[*types.Var]bool{}}
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
