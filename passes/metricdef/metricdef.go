package metricdef

import (
	_ "embed"
	"errors"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/suppress"
)

//go:embed doc.go
var doc string

// The categories of the diagnostics of this pass, one per check.
const (
	CategorySecondsDefaultBuckets = "seconds-default-buckets"
	CategoryBadBoundaries         = "bad-boundaries"
	CategoryUnitMismatch          = "unit-mismatch"
	CategoryMissingUnit           = "missing-unit"
	CategoryNonUCUMUnit           = "non-ucum-unit"
	CategoryUnitInName            = "unit-in-name"
	CategoryNegativeCounter       = "negative-counter"
	CategoryCounterAsGauge        = "counter-as-gauge"
	CategoryInvalidName           = "invalid-name"
	CategoryCounterWithoutTotal   = "counter-without-total"
)

// Categories lists every check of the pass.
var Categories = []string{
	CategorySecondsDefaultBuckets, CategoryBadBoundaries, CategoryUnitMismatch, CategoryMissingUnit,
	CategoryNonUCUMUnit, CategoryUnitInName, CategoryNegativeCounter, CategoryCounterAsGauge,
	CategoryInvalidName, CategoryCounterWithoutTotal,
}

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's metricdef block and a flag -metricdef.<name>.
type Config struct {
	Checks passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
	// MinBoundaries: fewer explicit boundaries cannot tell 10 ms from
	// 100 ms apart (the article's [0.1, 1, 10]).
	MinBoundaries int `json:"min-boundaries" help:"the fewest explicit bucket boundaries a histogram may have (0: any number)"`
}

// Validate checks the number of boundaries.
func (c Config) Validate() error {
	if c.MinBoundaries < 0 {
		return errors.New("min-boundaries must not be negative")
	}
	return nil
}

// Pass declares the metricdef pass.
var Pass = passkit.Pass[Config]{
	Name:       "metricdef",
	Doc:        doc,
	Categories: Categories,
	Default:    Config{Checks: passkit.Checks(Categories), MinBoundaries: 5},
	Requires:   []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer},
	Run:        run,
}

// Analyzer is the metricdef analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// checker holds the state of one run of the pass over a package.
type checker struct {
	pass   *analysis.Pass
	idx    *apis.Index
	ins    *inspector.Inspector
	cfg    *Config
	report func(analysis.Diagnostic)

	// defs are the instruments created in the package, defAt the same by
	// the call that creates them.
	defs  []*instrument
	defAt map[*ast.CallExpr]*instrument
	// records are the calls that record a value on an instrument.
	records []*record
	// views are the OpenTelemetry SDK views of the package's own
	// declarations (checked for their boundaries), by the call.
	views []*ast.CallExpr
	// assigns holds, for each variable or field of the package, the
	// values assigned to it (built on first use, see resolve.go).
	assigns map[*types.Var][]ast.Expr
}

// run gathers in one walk the instruments the package creates, the
// values it records on them and its views, then checks the definitions
// and the recordings.
func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	if !idx.ImportsAny(apis.MetricPkg, apis.PromPkg) {
		return nil, nil // neither OpenTelemetry metrics nor Prometheus: most packages
	}
	c := &checker{
		pass:   pass,
		idx:    idx,
		ins:    pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		cfg:    cfg,
		report: suppress.Reporter(pass),
		defAt:  map[*ast.CallExpr]*instrument{},
	}
	for file := range passkit.NonTestFiles(pass, c.ins) {
		for _, cl := range idx.CallsIn(file) {
			if cl.Key != "" {
				c.gather(cl.Cur)
			}
		}
	}
	pairSuccessors(c.defs)
	for _, d := range c.defs {
		c.checkDefinition(d)
	}
	for _, r := range c.records {
		c.checkRecord(r)
	}
	for _, v := range c.views {
		c.checkViewBoundaries(v)
	}
	return nil, nil
}

// gather sorts one call into the definitions, the recordings and the
// views of the package.
func (c *checker) gather(cur inspector.Cursor) {
	call := cur.Node().(*ast.CallExpr)
	key := c.idx.Key(call)
	if key == "" {
		return
	}
	if d := c.definition(call, key); d != nil {
		c.defs = append(c.defs, d)
		c.defAt[call] = d
		return
	}
	if r := c.recording(cur, call, key); r != nil {
		c.records = append(c.records, r)
		return
	}
	if key == apis.SDKNewView {
		c.views = append(c.views, call)
	}
}

// checkDefinition runs the checks of an instrument's definition.
func (c *checker) checkDefinition(d *instrument) {
	on := c.cfg.Checks.On
	if on(CategoryInvalidName) {
		c.invalidName(d)
	}
	inName := on(CategoryUnitInName) && !d.successor && c.unitInName(d)
	if on(CategoryCounterWithoutTotal) {
		c.counterWithoutTotal(d)
	}
	if on(CategoryNonUCUMUnit) {
		c.nonUCUMUnit(d)
	}
	if on(CategoryMissingUnit) && !inName && !d.predecessor {
		c.missingUnit(d)
	}
	if on(CategoryBadBoundaries) {
		c.badBoundaries(d)
	}
	if on(CategorySecondsDefaultBuckets) {
		c.defaultBuckets(d)
	}
}

// checkRecord runs the checks of a recorded value.
func (c *checker) checkRecord(r *record) {
	on := c.cfg.Checks.On
	if on(CategoryUnitMismatch) {
		c.unitMismatch(r)
	}
	if r.kind != apis.KindCounter {
		return
	}
	if on(CategoryNegativeCounter) && c.negativeCounter(r) {
		return
	}
	if on(CategoryCounterAsGauge) {
		c.counterAsGauge(r)
	}
}
