package rawlogging

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
	"github.com/otellint/otellint/internal/ctxscope"
	"github.com/otellint/otellint/internal/logscope"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/suppress"
)

//go:embed doc.go
var doc string

// The categories of the diagnostics of this pass, one per check.
const (
	CategoryRawPrint        = "raw-print"
	CategoryMixedLoggers    = "mixed-loggers"
	CategoryUncorrelatedLog = "uncorrelated-log"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryRawPrint, CategoryMixedLoggers, CategoryUncorrelatedLog}

// Loggers lists the logging libraries the logger option may name.
var Loggers = apis.StructuredFamilies

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's rawlogging block and a flag -rawlogging.<name>.
type Config struct {
	Checks passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
	// AllowMain: in package main, printing is often the program's output.
	AllowMain bool `json:"allow-main" help:"keep raw-print silent in package main"`
	// Logger: mixed-loggers reports any other library; empty turns
	// mixed-loggers off.
	Logger string `json:"logger" help:"the team's logging library (zap, slog, logrus, zerolog, gokit); turns on mixed-loggers"`
	// HandlersReadContext: uncorrelated-log reports only in a package that
	// shows its log pipeline reads the context (see logsCarryContext);
	// a team whose handlers all read it says so here.
	HandlersReadContext bool `json:"handlers-read-context" help:"the team's log handlers read the context everywhere: uncorrelated-log reports in every package, not only where the package shows that its logs carry the context"`
}

// Validate checks the logger name.
func (c Config) Validate() error {
	if c.Logger != "" && !slices.Contains(Loggers, c.Logger) {
		return fmt.Errorf("unknown logger %q (known: %s)", c.Logger, strings.Join(Loggers, ", "))
	}
	return nil
}

// Pass declares the rawlogging pass.
var Pass = passkit.Pass[Config]{
	Name:       "rawlogging",
	Doc:        doc,
	Categories: Categories,
	Default: Config{
		Checks:    passkit.Checks{CategoryRawPrint, CategoryMixedLoggers, CategoryUncorrelatedLog},
		AllowMain: true,
	},
	Requires:  []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer, logscope.Analyzer},
	FactTypes: []analysis.Fact{new(printerFact), new(drawerFact)},
	// Every type is checked for nil: a package that does not type-check
	// (or whose dependencies do not) is analysed as far as it goes.
	RunDespiteErrors: true,
	Run:              run,
}

// Analyzer is the rawlogging analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// checker holds the state of one run.
type checker struct {
	pass   *analysis.Pass
	cfg    *Config
	idx    *apis.Index
	scope  *logscope.Info
	report func(analysis.Diagnostic)
	sup    *suppress.Index
	// defaults are the variables assigned from log.Default().
	defaults map[types.Object]bool
	// otelzap is true when the package imports the otelzap bridge;
	// bridge when it imports any OpenTelemetry log bridge.
	otelzap, bridge bool
	// uncorr are the log calls that may drop the context, checked once
	// the walk has told whether the package's logs carry the context;
	// ctxLogCalls are the log calls given a context, which tell it.
	uncorr      []logCall
	ctxLogCalls []*ast.CallExpr
	// entryGetters caches the logrus entry getter of each package whose
	// package-level entry a call logs through ("" if it has none).
	entryGetters map[*types.Package]string
	// mixed records the other libraries already reported.
	mixed map[string]bool
	// ctxs tells the contexts that carry the caller's trace.
	ctxs *ctxscope.Carriers
	// printers holds the printers of the package, printerDecls their
	// declarations, and importedPrinters the facts looked up in other
	// packages (nil for a function that is not a printer).
	printers         map[*types.Func]*printerFact
	printerDecls     map[*ast.FuncDecl]bool
	importedPrinters map[*types.Func]*printerFact
	// terminal is a function of the package that draws on the terminal
	// (nil if none): the package is then a terminal program's, whose
	// prints are its output.
	terminal *types.Func
	// drawers and drawCallers are what learnDrawers learns: the
	// functions found to draw, and the package's callers of each
	// function; drawersDone is set once finishDrawers has spread the
	// drawing and set terminal, and held keeps the raw prints found
	// before then (nil while the package is not learnt from).
	drawers     map[*types.Func]bool
	drawCallers map[*types.Func][]*types.Func
	drawersDone bool
	held        []heldReport
	// ins is the package's inspector; deadCode is what inDeadBranch
	// learns, on its first question.
	ins      *inspector.Inspector
	deadCode *deadCode
	// outputs holds, in an internal package, the functions whose output
	// is their callers' (nil if none).
	outputs *outputs
}

// run walks the calls of every non-test file once and hands each to the
// enabled checks; it also notes the variables that hold log.Default(),
// and, where raw-print is on, the printing functions used as values.
func run(pass *analysis.Pass, cfg *Config) (any, error) {
	enabled := cfg.Checks.On
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	main := pass.Pkg.Name() == "main"
	rawPrint := enabled(CategoryRawPrint) && !(main && cfg.AllowMain)
	// The print and println builtins need no import; everything else does.
	if !rawPrint && !idx.ImportsAny(apis.ZapPkg, apis.SlogPkg, apis.LogrusPkg, apis.ZerologPkg, apis.StdLogPkg, apis.OtelzapPkg, apis.KitLogPkg, apis.KitOldLogPkg) {
		return nil, nil
	}
	c := &checker{
		pass:     pass,
		cfg:      cfg,
		idx:      idx,
		scope:    pass.ResultOf[logscope.Analyzer].(*logscope.Info),
		report:   suppress.Reporter(pass),
		sup:      pass.ResultOf[suppress.Analyzer].(*suppress.Index),
		defaults: map[types.Object]bool{},
		mixed:    map[string]bool{},
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c.ins = ins
	if rawPrint {
		c.learnPrinters()
		if cfg.AllowMain {
			c.learnDrawers(ins)
			c.learnOutputs()
		}
	}
	// fmt.Printf used as a value needs fmt (or log) imported right here.
	filter := []ast.Node{(*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == apis.OtelzapPkg {
			c.otelzap = true
		}
		if slices.Contains(apis.LogBridgePkgs, imp.Path()) {
			c.bridge = true
		}
		if rawPrint && isPrintPkg(imp) && len(filter) == 3 {
			filter = append(filter, (*ast.Ident)(nil))
		}
	}
	// An entry getter returns a *logrus.Entry: without logrus among the
	// imports, no call is one.
	entryGetters := enabled(CategoryUncorrelatedLog) && idx.ImportsAny(apis.LogrusPkg)
	// Tests print and build loggers as they please: test files are skipped.
	for fileCur := range passkit.NonTestFiles(pass, ins) {
		callee := idx.Callees(fileCur)
		for cur := range fileCur.Preorder(filter...) {
			switch n := cur.Node().(type) {
			case *ast.AssignStmt, *ast.ValueSpec:
				c.noteDefaults(passkit.Assignment(n))
			case *ast.CallExpr:
				key := idx.Key(n)
				printing := rawPrint && c.mayPrint(n, key)
				if key == "" && entryGetters && c.isEntryGetterCall(n) {
					c.ctxLogCalls = append(c.ctxLogCalls, n)
				}
				if key == "" && !printing {
					if rawPrint {
						var static *types.Func
						if fn := callee(cur); fn != nil && !isInterfaceMethod(fn) {
							static = fn
						}
						c.printerCall(cur, n, static)
					}
					continue
				}
				if printing {
					c.rawPrintCall(cur, n, key)
				}
				if key == "" {
					continue
				}
				if enabled(CategoryMixedLoggers) && cfg.Logger != "" {
					c.mixedLoggers(cur, n, key)
				}
				if enabled(CategoryUncorrelatedLog) {
					c.noteLogCall(cur, n, key)
				}
			case *ast.Ident:
				c.rawPrintValue(cur, n)
			}
		}
	}
	c.finishDrawers()
	c.exportOutputs()
	// A log call without the context loses a trace_id only where the
	// handler behind it reads the context.
	if len(c.uncorr) > 0 && (cfg.HandlersReadContext || c.logsCarryContext()) {
		for _, lc := range c.uncorr {
			c.uncorrelated(lc)
		}
	}
	return nil, nil
}

// silenced reports whether a finding of the category at cur is not one:
// code that never runs prints nothing; code that only tests run prints
// and builds loggers as it pleases, and what a command-line program
// prints (allow-main) is its output, as is what a package that draws on
// the terminal prints, and what the program prints while it loads its
// configuration, before the logger that the configuration describes
// exists.
func (c *checker) silenced(cur inspector.Cursor, category string) bool {
	if c.inDeadBranch(cur) {
		return true // code that never runs prints nothing
	}
	switch c.scope.At(cur).Kind {
	case logscope.Test:
		return true
	case logscope.Command:
		return c.cfg.AllowMain && category == CategoryRawPrint
	}
	if c.terminal != nil && c.cfg.AllowMain && category == CategoryRawPrint {
		return true // a terminal program's package
	}
	if category == CategoryRawPrint && c.sup.Exempts(c.pass.Fset, printBanLinter, cur) {
		return true // the team allowed the prints here
	}
	return c.cfg.AllowMain && category == CategoryRawPrint && c.scope.ConfigLoad(cur).Kind != logscope.Production
}

// A heldReport is a raw print found before the package is known to draw
// on the terminal or not.
type heldReport struct {
	cur inspector.Cursor
	d   analysis.Diagnostic
}

// printBanLinter is the linter that golangci-lint users turn on to ban
// raw prints: a //nolint for it over a print says the print is meant
// (the console output of a command mode, written to by design), as
// [suppress.Index.Exempts] reads it.
const printBanLinter = "forbidigo"

// reportAt reports d, found at cur, unless it is silenced. A raw print is
// held until finishDrawers knows whether the package draws on the
// terminal.
func (c *checker) reportAt(cur inspector.Cursor, d analysis.Diagnostic) {
	if d.Category == CategoryRawPrint && c.drawers != nil && !c.drawersDone {
		c.held = append(c.held, heldReport{cur, d})
		return
	}
	if !c.silenced(cur, d.Category) {
		c.report(d)
	}
}

// shortName turns "fmt.Println" or "(log.Logger).Printf" into "fmt.Println"
// or "log.Printf" for messages.
func shortName(key string) string {
	pkg := apis.KeyPackage(key)
	name := key[strings.LastIndexByte(key, '.')+1:]
	return pkg[strings.LastIndexByte(pkg, '/')+1:] + "." + name
}

// funcName returns the bare name of the function or method a key names:
// "(log/slog.Logger).InfoContext" -> "InfoContext".
func funcName(key string) string {
	return key[strings.LastIndexByte(key, '.')+1:]
}
