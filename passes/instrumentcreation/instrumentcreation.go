package instrumentcreation

import (
	_ "embed"
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
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
	CategoryLoggerPerRequest     = "logger-per-request"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryInstrumentPerRequest, CategoryProviderPerRequest, CategoryLookupPerRequest, CategoryLoggerPerRequest}

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
	Default:    Config{Checks: passkit.Checks(slices.Clone(Categories))},
	Requires:   []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, reqscope.Analyzer, suppress.Analyzer},
	FactTypes:  []analysis.Fact{(*CreatesFact)(nil)},
	Run:        run,
}

// Analyzer is the instrumentcreation analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// checker holds the state of one run of the pass over a package.
type checker struct {
	pass   *analysis.Pass
	idx    *apis.Index
	ins    *inspector.Inspector
	scope  *reqscope.Info
	checks passkit.Checks
	report func(analysis.Diagnostic)
	guards *guards // the cache tests of the package, built on first use

	// local holds the facts learned for the package's functions, origin
	// where each of them creates.
	local  map[*types.Func]*CreatesFact
	origin map[*types.Func]token.Pos
	// imported memoizes the facts of other packages' functions (nil: none).
	imported map[*types.Func]*CreatesFact
}

// run gathers the calls that create and the calls of helpers that may,
// learns which functions of the package create (facts.go), and reports
// the creations, direct or through a helper, in request-scoped code.
func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	if !mayCreate(pass.Pkg) {
		return nil, nil // neither OTel, Prometheus nor a logger: nothing is created here
	}
	if isLibrary(pass.Pkg.Path()) {
		return nil, nil // the recognised libraries themselves: their entry points are in the tables
	}
	c := &checker{
		pass:     pass,
		idx:      idx,
		ins:      pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		scope:    pass.ResultOf[reqscope.Analyzer].(*reqscope.Info),
		checks:   cfg.Checks,
		report:   suppress.Reporter(pass),
		local:    map[*types.Func]*CreatesFact{},
		origin:   map[*types.Func]token.Pos{},
		imported: map[*types.Func]*CreatesFact{},
	}
	direct, calls := c.sites()
	if len(direct) == 0 && len(calls) == 0 {
		return nil, nil
	}
	for _, s := range direct {
		c.locate(s)
		s.skip = s.skip || c.registryNotPerCall(s) || c.rebuiltOnTick(s)
		if !s.skip && s.place.Kind == reqscope.Request {
			s.table = s.place.Loop && stored(pass.TypesInfo, s.cur) || weakSetupStep(s) || c.provisions(s) || c.loggerFactory(s)
			s.skip = !s.table && c.exempt(s)
		}
	}
	c.learnFacts(direct, calls)
	for _, s := range slices.Concat(direct, calls) {
		if s.fact == nil || s.skip || s.table || s.place.Kind != reqscope.Request || !c.checks.On(s.c.category) {
			continue
		}
		c.reportSite(s)
	}
	return nil, nil
}

// reportSite reports a creation in request-scoped code: at the call, with
// the creation inside a helper and the place that makes the code
// request-scoped in the related information.
func (c *checker) reportSite(s *site) {
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
		d.Message = fmt.Sprintf("call to %q creates %s in %s: %s; %s", s.helper.Name(), s.fact.What, where, s.c.why, s.c.fix)
		d.Related = []analysis.RelatedInformation{{Pos: c.helperPos(s.helper, s.fact), Message: s.helper.Name() + " creates " + s.fact.What + " here"}}
	}
	if s.place.Pos.IsValid() {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: s.place.Pos, Message: s.place.Reason + " runs per request"})
	}
	c.report(d)
}

// mayCreate reports whether pkg can create instruments or loggers: it
// reaches OTel, Prometheus or a logger.
func mayCreate(pkg *types.Package) bool {
	return apis.PackageImportsAny(pkg, apis.MetricPkg, apis.TracePkg, apis.OtelPkg, apis.PromPkg) || apis.PackageImportsAny(pkg, loggerPkgs...)
}
