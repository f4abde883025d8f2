package sdksetup

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/flowx"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/suppress"
)

//go:embed doc.go
var doc string

// The categories of the diagnostics of this pass, one per check.
const (
	CategoryProviderNotShutdown = "provider-not-shutdown"
	CategoryShutdownSkipped     = "shutdown-skipped"
	CategorySyncExport          = "sync-export"
	CategorySamplerOverride     = "sampler-override"
	CategoryRootAlwaysSample    = "root-always-sample"
	CategoryBatchLargerQueue    = "batch-larger-than-queue"
	CategoryEndpointURL         = "endpoint-url"
	CategoryMissingServiceName  = "missing-service-name"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryProviderNotShutdown, CategoryShutdownSkipped, CategorySyncExport, CategorySamplerOverride,
	CategoryRootAlwaysSample, CategoryBatchLargerQueue, CategoryEndpointURL, CategoryMissingServiceName}

// The values of the service-name option.
const (
	ServiceNameOff         = "off"
	ServiceNameRequireCode = "require-code"
)

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's sdksetup block and a flag -sdksetup.<name>.
type Config struct {
	Checks          passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
	ServiceName     string         `json:"service-name" help:"off: service.name may come from OTEL_SERVICE_NAME; require-code: report providers whose resource does not set service.name in code (missing-service-name)"`
	AllowedSamplers []string       `json:"allowed-samplers" help:"comma-separated full names of sampler constructors that are fine to hard-code, such as go.opentelemetry.io/otel/sdk/trace.ParentBased"`
}

// Validate checks the service-name value and the sampler names.
func (c Config) Validate() error {
	switch c.ServiceName {
	case ServiceNameOff, ServiceNameRequireCode:
	default:
		return fmt.Errorf("invalid service-name %q: want %s or %s", c.ServiceName, ServiceNameOff, ServiceNameRequireCode)
	}
	for _, n := range c.AllowedSamplers {
		dot := strings.LastIndexByte(n, '.')
		if dot <= 0 || dot == len(n)-1 || strings.ContainsAny(n, " \t,()*") || strings.LastIndexByte(n, '/') > dot {
			return fmt.Errorf("invalid sampler constructor %q: want a full name such as %s", n, apis.SDKParentBased)
		}
	}
	return nil
}

// Pass declares the sdksetup pass.
var Pass = passkit.Pass[Config]{
	Name:       "sdksetup",
	Doc:        doc,
	Categories: Categories,
	Default:    Config{Checks: passkit.Checks(Categories), ServiceName: ServiceNameOff},
	Requires:   []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer},
	FactTypes:  []analysis.Fact{new(shutdownFact)},
	Run:        run,
}

// Analyzer is the sdksetup analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// checker holds the state of one run of the pass over a package.
type checker struct {
	pass   *analysis.Pass
	idx    *apis.Index
	ins    *inspector.Inspector
	cfg    *Config
	report func(analysis.Diagnostic)
	graphs *flowx.Graphs

	// facts learned in this package, and those of other packages'
	// functions, memoized (nil: none).
	local    map[*types.Func]*shutdownFact
	imported map[*types.Func]*shutdownFact
	// holders are the variables of the package (locals, package-level
	// variables, fields) that hold a shutdown (shutdown.go).
	holders map[*types.Var]bool
	// exits memoizes which of the package's functions end the process.
	exits map[*types.Func]bool
	// stored memoizes storedNeverShutDown, by package variable or field.
	stored map[*types.Var]storedResult
	// globalBack memoizes takesGlobalBack (nil: not yet known).
	globalBack *bool
	// testSupport is set for a package of test helpers: its non-test
	// files import package testing.
	testSupport bool
}

// sdkPackages are the packages whose import makes a package worth a look:
// the SDK providers and the OTLP exporters.
var sdkPackages = func() []string {
	out := []string{apis.SDKTracePkg, apis.SDKMetricPkg, apis.SDKLogPkg}
	for _, e := range apis.OTLPExporters {
		out = append(out, e.Pkg)
	}
	return out
}()

// run learns which functions of the package shut a provider down
// (shutdown.go), then runs the checks: the provider lifetimes along the
// paths of the functions that create one, the deferred shutdowns that an
// exit skips, and the calls that configure the SDK.
func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	if !idx.ImportsAny(sdkPackages...) {
		return nil, nil // no SDK set-up here: most packages of a large repo
	}
	c := &checker{
		pass:     pass,
		idx:      idx,
		ins:      pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		cfg:      cfg,
		report:   suppress.Reporter(pass),
		graphs:   flowx.NewGraphs(pass.TypesInfo, pass.Files),
		local:    map[*types.Func]*shutdownFact{},
		imported: map[*types.Func]*shutdownFact{},
		holders:  map[*types.Var]bool{},
		exits:    map[*types.Func]bool{},
		stored:   map[*types.Var]storedResult{},
	}
	c.testSupport = importsTesting(pass, c.ins)
	c.learnFacts()
	if c.testSupport {
		return nil, nil // test helpers: nothing they set up runs in production
	}
	var defers []inspector.Cursor
	for file := range passkit.NonTestFiles(pass, c.ins) {
		for cur := range file.Preorder((*ast.CallExpr)(nil), (*ast.DeferStmt)(nil)) {
			if d, ok := cur.Node().(*ast.DeferStmt); ok {
				if c.shutsDownCall(d.Call) {
					defers = append(defers, cur)
				}
				continue
			}
			c.call(cur)
		}
	}
	if c.checks(CategoryShutdownSkipped) {
		c.checkSkipped(defers)
	}
	return nil, nil
}

// checks reports whether the check category runs.
func (c *checker) checks(category string) bool {
	if category == CategoryMissingServiceName && c.cfg.ServiceName != ServiceNameRequireCode {
		return false
	}
	return c.cfg.Checks.On(category)
}

// call dispatches one call to the checks that look at calls of its API.
func (c *checker) call(cur inspector.Cursor) {
	call := cur.Node().(*ast.CallExpr)
	key := c.idx.Key(call)
	if key == "" {
		return
	}
	switch key {
	case apis.SDKNewTracerProvider, apis.SDKNewMeterProvider, apis.SDKNewLoggerProvider:
		if c.checks(CategoryProviderNotShutdown) {
			c.checkProvider(cur, key)
		}
		if c.checks(CategoryMissingServiceName) {
			c.checkServiceName(cur, call, key)
		}
	case apis.SDKWithSyncer, apis.SDKNewSimpleSpanProcessor, apis.SDKLogNewSimpleProcessor, apis.SDKWithBlocking:
		if c.checks(CategorySyncExport) {
			c.checkSyncExport(cur, call, key)
		}
	case apis.SDKWithSampler:
		c.checkSampler(cur, call)
	case apis.SDKWithBatcher, apis.SDKNewBatchSpanProcessor:
		if c.checks(CategoryBatchLargerQueue) {
			c.checkBatch(cur, call)
		}
	default:
		if c.checks(CategoryEndpointURL) {
			for _, e := range apis.OTLPExporters {
				if key == e.WithEndpoint() {
					c.checkEndpoint(cur, e)
				}
			}
		}
	}
}

// importsTesting reports whether a non-test file of the package imports
// package testing: a package of test helpers.
func importsTesting(pass *analysis.Pass, ins *inspector.Inspector) bool {
	for file := range passkit.NonTestFiles(pass, ins) {
		for _, imp := range file.Node().(*ast.File).Imports {
			if imp.Path.Value == `"`+apis.TestingPkg+`"` {
				return true
			}
		}
	}
	return false
}
