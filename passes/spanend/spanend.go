package spanend

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
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/flowx"
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
	CategoryUseAfterEnd        = "use-after-end"
	CategoryRecordErrorEvent   = "record-error-event"
	CategoryMissingErrorType   = "missing-error-type"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryMissingEnd, CategoryDiscardedSpan, CategoryMissingSetStatus, CategoryMissingRecordError, CategoryDiscardedContext, CategoryForeignEnd, CategoryUseAfterEnd, CategoryRecordErrorEvent, CategoryMissingErrorType}

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's spanend block and a flag -spanend.<name>.
type Config struct {
	Checks          passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
	ExtraStartFuncs []string       `json:"extra-start-funcs" help:"comma-separated full names of functions that start and return a span, such as example.com/tracing.StartSpan or (*example.com/tracing.Tracer).Begin"`
	ExtraEndFuncs   []string       `json:"extra-end-funcs" help:"comma-separated full names of functions that end the span they are given"`
	ExpectedErrors  []string       `json:"expected-errors" help:"comma-separated full names of the project's expected-error sentinels and constructors, such as example.com/store.ErrNotFound or example.com/api.InvalidArgument, that missing-set-status does not count as span errors"`
}

// Validate checks the function names of the options.
func (c Config) Validate() error {
	for _, names := range [][]string{c.ExtraStartFuncs, c.ExtraEndFuncs, c.ExpectedErrors} {
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

// Pass declares the spanend pass.
var Pass = passkit.Pass[Config]{
	Name:       "spanend",
	Doc:        doc,
	Categories: Categories,
	Default: Config{Checks: passkit.Checks{CategoryMissingEnd, CategoryDiscardedSpan, CategoryMissingSetStatus,
		CategoryDiscardedContext, CategoryForeignEnd, CategoryUseAfterEnd}},
	Requires:  []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer},
	FactTypes: []analysis.Fact{new(spanFact), new(waitsFact)},
	Run:       run,
}

// Analyzer is the spanend analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// checker holds the state of one run of the pass over a package.
type checker struct {
	pass     *analysis.Pass
	idx      *apis.Index
	ins      *inspector.Inspector
	graphs   *flowx.Graphs
	report   func(analysis.Diagnostic)
	checks   passkit.Checks
	spanType types.Type // trace.Span
	extraEnd []string
	extraSt  []string
	expected []string // the expected-errors option

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
	// errMarks holds the error variables assigned from helpers that mark
	// the span whenever they return an error, by what they mark.
	errMarks map[*types.Var]events
	// waits tells the functions that only wait on a context parameter.
	waits *waiters
	// uses caches the identifier cursors of each function body;
	// varUses those of one variable, where the body is not indexed.
	uses    map[ast.Node]map[types.Object][]inspector.Cursor
	varUses map[funcVar][]inspector.Cursor
}

// run learns what the package's functions do with spans (facts.go), then
// checks the spans started in each function, in source order, and last the
// End calls on spans taken from the caller's context. foreign-end runs
// last because the package's other functions decide whether it runs: one
// that hands its span to the caller in a context makes ending spans taken
// from contexts the package's protocol.
func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	waits := newWaiters(pass, idx, ins)
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
		ins:      ins,
		waits:    waits,
		graphs:   flowx.NewGraphs(pass.TypesInfo, pass.Files),
		report:   suppress.Reporter(pass),
		checks:   cfg.Checks,
		spanType: spanType,
		extraEnd: cfg.ExtraEndFuncs,
		extraSt:  cfg.ExtraStartFuncs,
		expected: cfg.ExpectedErrors,
		local:    map[*types.Func]*spanFact{},
		funcs:    map[*types.Func]inspector.Cursor{},
		uses:     map[ast.Node]map[types.Object][]inspector.Cursor{},
		varUses:  map[funcVar][]inspector.Cursor{},
		imported: map[*types.Func]*spanFact{},
		errMarks: map[*types.Var]events{},
	}
	c.learnFacts()
	funcs, starts := c.startsByFunc()
	for _, fc := range funcs {
		c.checkFunc(fc, c.creationsAt(starts[fc]))
	}
	c.checkDeferredArgs()
	if c.checks.On(CategoryForeignEnd) && !c.ctxStarter {
		c.checkForeignEnd()
	}
	if c.checks.On(CategoryRecordErrorEvent) {
		c.checkRecordErrorEvents()
	}
	return nil, nil
}

// checkFunc checks the spans started by the function fc. A span that is
// dropped goes to the discarded checks; one held in a local variable is
// tracked (track.go) and its paths are walked by the enabled checks. The
// rest is silent: a span returned, stored in a field, a map, a package or
// captured variable, or whose context is stored outside the function, is
// someone else's to end.
func (c *checker) checkFunc(fc inspector.Cursor, crs []*creation) {
	if len(crs) == 0 {
		return
	}
	body, sig := c.funcParts(fc.Node())
	if body == nil {
		return
	}
	for _, cr := range crs {
		if cr.parentRet != nil {
			continue // returned to the caller
		}
		if cr.discarded || (cr.spanIdx < len(cr.lhs) && isBlank(cr.lhs[cr.spanIdx])) {
			c.checkDiscarded(fc, body, sig, cr)
			continue
		}
		v := cr.spanVar(c)
		if v == nil || !local(v, body) {
			continue // stored in a field, map, global or captured variable
		}
		var ctxVar *types.Var
		if e := cr.ctxTarget(c); e != nil {
			ctxVar = astx.IdentVar(c.pass.TypesInfo, e)
			if ctxVar != nil && !local(ctxVar, body) && !isParam(ctxVar, sig) {
				continue // the context (and so the span) is stored outside the function
			}
			if ctxVar == nil && !isBlank(e) {
				continue
			}
		}
		t := c.track(fc, body, v, ctxVar)
		f := c.newFlow(fc, t, cr)
		if f == nil {
			continue
		}
		if t.ctxEscapes {
			c.ctxStarter = true
		}
		if c.checks.On(CategoryMissingEnd) {
			c.checkMissingEnd(f, body)
		}
		// Nothing reads the status of a span that only a test starts:
		// error outcomes are judged in production code only.
		outcomes := !passkit.IsTestFile(c.pass.Fset, cr.call.Pos())
		if outcomes && sig != nil && (hasErrorResult(sig) || carriesError(sig)) {
			if c.checks.On(CategoryMissingSetStatus) {
				c.checkErrorReturns(f, sig, body, evStatus, CategoryMissingSetStatus,
					fmt.Sprintf("%s returns an error without setting an error status on %s; call \"%s.SetStatus(codes.Error, err.Error())\" before returning",
						funcDesc(fc.Node()), spanDesc(v.Name()), v.Name()),
					"this return may return an error while the span has no error status")
			}
			if c.checks.On(CategoryMissingRecordError) {
				c.checkErrorReturns(f, sig, body, evRecord, CategoryMissingRecordError,
					fmt.Sprintf("%s returns an error without recording it on %s; call \"%s.RecordError(err)\" before returning",
						funcDesc(fc.Node()), spanDesc(v.Name()), v.Name()),
					"this return may return an error the span has not recorded")
			}
		}
		if outcomes && c.checks.On(CategoryMissingSetStatus) {
			c.checkGoroutineErrors(f, evStatus, CategoryMissingSetStatus, "an error status on")
		}
		if outcomes && c.checks.On(CategoryMissingRecordError) {
			c.checkGoroutineErrors(f, evRecord, CategoryMissingRecordError, "recording it on")
		}
		if c.checks.On(CategoryDiscardedContext) {
			c.checkDiscardedContext(f, cr)
		}
		if c.checks.On(CategoryUseAfterEnd) {
			c.checkUseAfterEnd(f)
		}
		if c.checks.On(CategoryMissingErrorType) {
			c.checkMissingErrorType(f, body)
		}
	}
}
