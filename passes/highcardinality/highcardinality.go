package highcardinality

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/reqscope"
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
	// LabelTypes follows the module's own label types (a NewLabel(key)
	// or a Tag{Key, Value} made into attributes): off by default until
	// its precision on real code is raised (5 findings on the real-code
	// modules: 1 real, 3 debatable, 1 false).
	LabelTypes bool `json:"label-types" help:"also check the keys and values given to the module's own label types (its wrappers of metric attributes)"`
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
	Requires:   []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer, reqscope.Analyzer},
	FactTypes:  []analysis.Fact{new(attrsFact), new(vecFact), new(fieldFact), new(paramsFact), new(keysFact), new(wrapperFieldFact)},
	Run:        run,
}

// Analyzer is the highcardinality analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// checker holds the state of one run of the pass.
type checker struct {
	pass     *analysis.Pass
	ins      *inspector.Inspector
	idx      *apis.Index
	m        *matcher
	keys     bool // unbounded-key enabled
	values   bool // unbounded-value enabled
	sup      *suppress.Index
	scope    *reqscope.Info // set-up or request code
	report   func(analysis.Diagnostic)
	reported map[token.Pos]bool
	scopes   map[ast.Node]*locals
	globals  *locals

	// facts holds the facts learnt for the package's functions, factPos
	// where each sets its attribute; imported memoizes those of other
	// packages' functions (nil: none).
	facts    map[*types.Func]*attrsFact
	factPos  map[*types.Func]token.Pos
	imported map[*types.Func]*attrsFact

	// fields holds the fields given unbounded values in the package
	// (nil: not learnt), importedFields those of other packages' facts;
	// params the parameters of the package's functions that reach
	// metric values (nil: not collected), importedParams memoizes those
	// of other packages' functions.
	fields         map[*types.Var]*origin
	importedFields map[*types.Var]*origin
	params         map[*types.Func][]paramSink
	importedParams map[*types.Func]*paramsFact

	// cursors, decls and uses index the package's syntax for following
	// route paths (nil until needed).
	cursors map[ast.Node]inspector.Cursor
	decls   map[*types.Func]*ast.FuncDecl
	uses    map[types.Object][]*ast.Ident

	// deletions holds, per collector, the values its series are deleted
	// with (nil until needed; see deletedValues).
	deletions map[*types.Var]map[*types.Var]bool
	// wrap holds the key parameters and the key and value fields of the
	// module's label types (see learnWrappers).
	wrap *wrappers
}

// run checks the attributes and labels given to the metrics of the
// package's non-test, non-generated files.
func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	sup := pass.ResultOf[suppress.Analyzer].(*suppress.Index)
	c := &checker{
		pass: pass, ins: ins, idx: idx, scope: pass.ResultOf[reqscope.Analyzer].(*reqscope.Info), m: sharedMatcher(cfg.ExtraKeys, cfg.AllowKeys), sup: sup,
		keys: cfg.Checks.On(CategoryUnboundedKey), values: cfg.Checks.On(CategoryUnboundedValue),
		report: suppress.Reporter(pass), reported: map[token.Pos]bool{}, scopes: map[ast.Node]*locals{},
		imported: map[*types.Func]*attrsFact{}, cursors: map[ast.Node]inspector.Cursor{},
		importedFields: map[*types.Var]*origin{}, importedParams: map[*types.Func]*paramsFact{},
	}
	// The fields given unbounded values are learnt in every package of
	// the module: a struct's package need not use metrics.
	c.learnFields()
	metrics := idx.ImportsAny(apis.MetricPkg, apis.PromPkg, apis.PromautoPkg)
	callers := c.importsLabelling()
	if !metrics && !callers && !idx.ImportsAny(apis.AttributePkg) {
		return nil, nil // no metric API, no attributes
	}
	if idx.ImportsAny(apis.AttributePkg) {
		c.learnFacts()
	}
	if metrics {
		c.params = map[*types.Func][]paramSink{}
		c.check()
	}
	if metrics || callers {
		if c.params == nil {
			c.params = map[*types.Func][]paramSink{}
		}
		if cfg.LabelTypes {
			c.learnWrappers()
			c.checkWrappers()
		}
		c.paramCalls(metrics)
	}
	return nil, nil
}

// check checks the attributes and labels given to the metrics of the
// package's non-test, non-generated files.
func (c *checker) check() {
	idx := c.idx
	// Test metrics never reach a back end.
	for fc := range passkit.NonTestFiles(c.pass, c.ins) {
		if c.sup.GeneratedFile(c.pass.Fset, fc.Node().(*ast.File)) {
			continue // generated code
		}
		for _, cl := range idx.CallsIn(fc) {
			if cl.Key == "" {
				continue
			}
			cur, call, key := cl.Cur, cl.Node(), cl.Key
			// Variables are followed within the enclosing declaration.
			var scope ast.Node
			if fd := astx.EnclosingDecl(cur); fd != nil {
				scope = fd
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
					c.labelNames(scope, cur, call.Args[1])
				}
			case slices.Contains(apis.PromWith, key):
				c.promWith(scope, cur, call, key)
			}
		}
	}
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
