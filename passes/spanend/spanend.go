package spanend

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/flagx"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/suppress"
)

//go:embed doc.go
var doc string

// The categories of the diagnostics of this pass, one per check.
const (
	CategoryMissingEnd         = "missing-end"
	CategoryDiscardedSpan      = "discarded-span"
	CategoryMissingSetStatus   = "missing-set-status"
	CategoryMissingRecordError = "missing-record-error"
	CategoryDiscardedContext   = "discarded-context"
	CategoryForeignEnd         = "foreign-end"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryMissingEnd, CategoryDiscardedSpan, CategoryMissingSetStatus, CategoryMissingRecordError, CategoryDiscardedContext, CategoryForeignEnd}

// Config configures the pass. The JSON names are the golangci-lint
// plugin's settings; the flags of the same names are -spanend.<name>.
type Config struct {
	// Checks lists the enabled checks (categories).
	Checks []string `json:"checks"`
	// ExtraStartFuncs names functions that start a span and return it,
	// for code the pass cannot learn from: "example.com/pkg.StartSpan" or
	// "(*example.com/pkg.Tracer).Begin".
	ExtraStartFuncs []string `json:"extra-start-funcs"`
	// ExtraEndFuncs names functions that end the span they are given.
	ExtraEndFuncs []string `json:"extra-end-funcs"`
}

// DefaultConfig returns the configuration used when none is given.
func DefaultConfig() Config {
	return Config{Checks: []string{CategoryMissingEnd, CategoryDiscardedSpan, CategoryMissingSetStatus, CategoryDiscardedContext, CategoryForeignEnd}}
}

// Validate reports the first problem of the configuration.
func (c Config) Validate() error {
	if err := flagx.ValidateChecks(c.Checks, Categories); err != nil {
		return err
	}
	for _, names := range [][]string{c.ExtraStartFuncs, c.ExtraEndFuncs} {
		for _, n := range names {
			if err := validateFuncName(n); err != nil {
				return err
			}
		}
	}
	return nil
}

// validateFuncName checks the shape of a full function name:
// "path.Func", "(path.Type).Method" or "(*path.Type).Method".
func validateFuncName(n string) error {
	bad := fmt.Errorf("invalid function name %q: want a full name such as example.com/pkg.StartSpan or (*example.com/pkg.Tracer).Begin", n)
	if strings.ContainsAny(n, " \t,") || strings.HasSuffix(n, ".") {
		return bad
	}
	if strings.HasPrefix(n, "(") {
		recv, method, ok := strings.Cut(n[1:], ").")
		recv = strings.TrimPrefix(recv, "*")
		if !ok || method == "" || !strings.Contains(recv, ".") || strings.HasSuffix(recv, ".") {
			return bad
		}
		return nil
	}
	if !strings.Contains(n, ".") || strings.HasPrefix(n, ".") || strings.Contains(n, "(") {
		return bad
	}
	return nil
}

// NewAnalyzer returns a spanend analyzer for cfg, whose flags are bound to
// its own copy of cfg.
func NewAnalyzer(cfg Config) (*analysis.Analyzer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	c := &cfg
	c.Checks = slices.Clone(c.Checks)
	c.ExtraStartFuncs = slices.Clone(c.ExtraStartFuncs)
	c.ExtraEndFuncs = slices.Clone(c.ExtraEndFuncs)
	a := passkit.New("spanend", doc, func(pass *analysis.Pass) (any, error) { return run(pass, c) },
		inspect.Analyzer, apis.Analyzer, suppress.Analyzer)
	a.FactTypes = []analysis.Fact{new(spanFact)}
	a.Flags.Var(flagx.Checks{P: &c.Checks, Known: Categories}, "checks", "comma-separated list of checks to run")
	a.Flags.Var(flagx.ValidatedList{P: &c.ExtraStartFuncs, Check: validateFuncNames}, "extra-start-funcs", "comma-separated full names of functions that start and return a span")
	a.Flags.Var(flagx.ValidatedList{P: &c.ExtraEndFuncs, Check: validateFuncNames}, "extra-end-funcs", "comma-separated full names of functions that end the span they are given")
	return a, nil
}

// Analyzer is the spanend analyzer with the default configuration.
var Analyzer = passkit.Must(NewAnalyzer(DefaultConfig()))

// checker holds the state of one run of the pass over a package.
type checker struct {
	pass     *analysis.Pass
	idx      *apis.Index
	ins      *inspector.Inspector
	graphs   *graphs
	report   func(analysis.Diagnostic)
	enabled  map[string]bool
	spanType types.Type // trace.Span
	extraEnd []string
	extraSt  []string

	// facts learned in this package, by function
	local map[*types.Func]*spanFact
	// imported memoizes the facts of other packages' functions (nil: none)
	imported map[*types.Func]*spanFact
	// funcs maps the functions declared in the package to their cursors.
	funcs map[*types.Func]inspector.Cursor
	// ctxStarter is set when some function of the package starts a span
	// and hands it to its caller inside the returned context: the package
	// then ends spans taken from contexts by protocol (start/end hooks).
	ctxStarter bool
	// uses caches the identifier cursors of each function body.
	uses map[ast.Node]map[types.Object][]inspector.Cursor
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	tracePkg := idx.Package(apis.TracePkg)
	if tracePkg == nil {
		return nil, nil // no spans here: most packages of a large repo
	}
	tn, _ := tracePkg.Scope().Lookup("Span").(*types.TypeName)
	if tn == nil {
		return nil, nil
	}
	spanType := tn.Type()
	c := &checker{
		pass:     pass,
		idx:      idx,
		ins:      pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		graphs:   newGraphs(pass.TypesInfo, pass.Files),
		report:   suppress.Reporter(pass),
		enabled:  map[string]bool{},
		spanType: spanType,
		extraEnd: cfg.ExtraEndFuncs,
		extraSt:  cfg.ExtraStartFuncs,
		local:    map[*types.Func]*spanFact{},
		funcs:    map[*types.Func]inspector.Cursor{},
		uses:     map[ast.Node]map[types.Object][]inspector.Cursor{},
		imported: map[*types.Func]*spanFact{},
	}
	for _, ch := range cfg.Checks {
		c.enabled[ch] = true
	}
	c.learnFacts()
	funcs, starts := c.startsByFunc()
	for _, fc := range funcs {
		c.checkFunc(fc, c.creationsAt(starts[fc]))
	}
	if c.enabled[CategoryForeignEnd] && !c.ctxStarter {
		c.checkForeignEnd()
	}
	return nil, nil
}

// validateFuncNames checks a list of full function names.
func validateFuncNames(names []string) error {
	for _, n := range names {
		if err := validateFuncName(n); err != nil {
			return err
		}
	}
	return nil
}
