package spannaming

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/flowx"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/reqscope"
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

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's spannaming block and a flag -spannaming.<name>.
type Config struct {
	Checks passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
	// Pattern is the team's naming convention; empty means none (unless
	// Preset names one).
	Pattern string `json:"pattern" help:"regular expression every constant span name must match: the team's naming convention"`
	// Preset names a ready-made convention, used when Pattern is empty.
	Preset string `json:"preset" help:"a ready-made naming convention to check when pattern is empty: service-action (Service.Action or Domain.Service.Action in PascalCase, or a semantic-convention name)"`
	// GenericNames are compared ignoring case, separators and trailing
	// digits.
	GenericNames []string `json:"generic-names" help:"comma-separated names to report as generic, besides the built-in ones"`
	// StateNames also reports dynamic names built from the receiver's
	// state or from fields of parameters that are not request data.
	StateNames bool `json:"state-names" help:"also report span names built from the receiver's state or from fields of a parameter that is not request data (a schema definition, a configuration)"`
}

// Validate checks the pattern and the preset.
func (c Config) Validate() error {
	if _, err := regexp.Compile(c.Pattern); err != nil {
		return fmt.Errorf("invalid pattern %q: %v", c.Pattern, err)
	}
	if c.Preset != "" && c.Preset != PresetServiceAction {
		return fmt.Errorf("unknown preset %q: want %q or none", c.Preset, PresetServiceAction)
	}
	if c.Preset != "" && c.Pattern != "" {
		return fmt.Errorf("both pattern and preset are set: choose one naming convention")
	}
	return nil
}

// Pass declares the spannaming pass.
var Pass = passkit.Pass[Config]{
	Name:       "spannaming",
	Doc:        doc,
	Categories: Categories,
	Default: Config{
		Checks: passkit.Checks{CategoryBadName, CategoryGenericName, CategoryDynamicName, CategoryEmptyTracerName},
	},
	Requires:  []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer, reqscope.Analyzer},
	FactTypes: []analysis.Fact{new(nameFact)},
	Run:       run,
}

// Analyzer is the spannaming analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// checker holds the state of one run of the pass.
type checker struct {
	pass     *analysis.Pass
	idx      *apis.Index
	reqs     *reqscope.Info
	set      *settings
	report   func(analysis.Diagnostic)
	evals    map[*ast.FuncDecl]*evaluator
	reported map[token.Pos]bool
	// imported memoizes the name facts of other packages' functions (nil:
	// none).
	imported map[*types.Func][]FactPart
	// graphs builds control-flow graphs on demand (renamed.go); nil until
	// an empty span name asks.
	graphs *flowx.Graphs
	// site is the call being checked: a finding in test support (asked
	// only when there is one to report, the classification costs a walk
	// of the package) is dropped.
	site inspector.Cursor
}

// A callSite is a call that may name a span or a tracer.
type callSite struct {
	cur  inspector.Cursor // the call
	call *ast.CallExpr
	fd   *ast.FuncDecl // enclosing declaration, or nil
	test bool          // in a _test.go file
}

// run learns the span-name wrappers of the package, exporting them as
// facts, then checks the span and tracer names of its non-test files.
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
	c := &checker{pass: pass, idx: idx, reqs: pass.ResultOf[reqscope.Analyzer].(*reqscope.Info), set: set, report: suppress.Reporter(pass), evals: map[*ast.FuncDecl]*evaluator{}, reported: map[token.Pos]bool{},
		imported: map[*types.Func][]FactPart{}}

	// Collect the calls that may name a span, with their enclosing
	// declarations.
	var calls []callSite
	for fc := range ins.Root().Children() {
		f := fc.Node().(*ast.File)
		if sup.GeneratedFile(pass.Fset, f) {
			continue
		}
		// Test spans are fixtures named for the test: wrappers in test
		// files and test support (a helper that takes the test, a package
		// that exists for tests) are learned, names are not checked.
		test := passkit.IsTestFile(pass.Fset, f.FileStart)
		for _, k := range idx.CallsIn(fc) {
			if !c.mayName(k) {
				continue
			}
			calls = append(calls, callSite{k.Cur, k.Node(), astx.EnclosingDecl(k.Cur), test})
		}
	}

	// Learn the wrappers of this package: a function whose span name
	// depends on its parameters. Wrappers of wrappers need more rounds:
	// a round only adds facts, so the loop stops at the first round that
	// adds none, or after eight levels of wrapping.
	for round := 0; round < 8; round++ {
		changed := false
		for _, cs := range calls {
			if cs.fd == nil {
				continue
			}
			tmpl := c.template(cs.call)
			if tmpl == nil {
				continue
			}
			fn, _ := pass.TypesInfo.Defs[cs.fd.Name].(*types.Func)
			if fn == nil || pass.ImportObjectFact(fn, new(nameFact)) {
				continue
			}
			parts := c.paramsAsValues(cs.fd, dropEmpty(c.substitute(cs, tmpl)))
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
			c.site = cs.cur
			c.check(cs)
		}
	}
	return nil, nil
}

// mayName reports whether call may name a span or a tracer: a call of
// Tracer.Start, Span.SetName, otel.Tracer or TracerProvider.Tracer, of a
// function of this package (a wrapper yet to be learned), or of another
// package's function that has a fact.
func (c *checker) mayName(call apis.Call) bool {
	switch call.Key {
	case apis.TracerStart, apis.SpanSetName, apis.OtelTracer, apis.TracerProviderTrace:
		return true
	}
	fn := call.Fn
	if fn.Pkg() == nil {
		return false
	}
	return fn.Pkg() == c.pass.Pkg || c.importedFact(fn.Origin()) != nil
}

// evaluator returns the evaluator of the names built in fd, memoised.
func (c *checker) evaluator(fd *ast.FuncDecl) *evaluator {
	ev, ok := c.evals[fd]
	if !ok {
		ev = newEvaluator(c.pass, c.idx, fd)
		c.evals[fd] = ev
	}
	return ev
}
