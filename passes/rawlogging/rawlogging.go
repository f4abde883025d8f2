package rawlogging

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
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
	"github.com/otellint/otellint/internal/logscope"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/reqscope"
	"github.com/otellint/otellint/internal/suppress"
)

//go:embed doc.go
var doc string

// The categories of the diagnostics of this pass, one per check.
const (
	CategoryRawPrint         = "raw-print"
	CategoryMixedLoggers     = "mixed-loggers"
	CategoryUncorrelatedLog  = "uncorrelated-log"
	CategoryLoggerPerRequest = "logger-per-request"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryRawPrint, CategoryMixedLoggers, CategoryUncorrelatedLog, CategoryLoggerPerRequest}

// Loggers lists the logging libraries the logger option may name.
var Loggers = []string{"zap", "slog", "logrus", "zerolog"}

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's rawlogging block and a flag -rawlogging.<name>.
type Config struct {
	Checks passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
	// AllowMain: in package main, printing is often the program's output.
	AllowMain bool `json:"allow-main" help:"keep raw-print silent in package main"`
	// Logger: mixed-loggers reports any other library; empty turns
	// mixed-loggers off.
	Logger string `json:"logger" help:"the team's logging library (zap, slog, logrus, zerolog); turns on mixed-loggers"`
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
		Checks:    passkit.Checks{CategoryRawPrint, CategoryMixedLoggers, CategoryUncorrelatedLog, CategoryLoggerPerRequest},
		AllowMain: true,
	},
	Requires: []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer, reqscope.Analyzer},
	// Every type is checked for nil: a package that does not type-check
	// (or whose dependencies do not) is analysed as far as it goes.
	RunDespiteErrors: true,
	Run:              run,
}

// Analyzer is the rawlogging analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// family maps the package of a recognised logging API to the library the
// logger option names ("log" for the standard library's log).
var family = map[string]string{
	apis.ZapPkg:     "zap",
	apis.ZapcorePkg: "zap",
	apis.OtelzapPkg: "zap",
	apis.SlogPkg:    "slog",
	apis.LogrusPkg:  "logrus",
	apis.ZerologPkg: "zerolog",
	apis.ZerologLog: "zerolog",
	apis.StdLogPkg:  "log",
}

type checker struct {
	pass   *analysis.Pass
	cfg    *Config
	idx    *apis.Index
	req    *reqscope.Info
	report func(analysis.Diagnostic)
	// defaults are the variables assigned from log.Default().
	defaults map[types.Object]bool
	// otelzap is true when the package imports the otelzap bridge.
	otelzap bool
	// mixed records the other libraries already reported.
	mixed map[string]bool
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	enabled := cfg.Checks.On
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	main := pass.Pkg.Name() == "main"
	rawPrint := enabled(CategoryRawPrint) && !(main && cfg.AllowMain)
	// The print and println builtins need no import; everything else does.
	if !rawPrint && !idx.ImportsAny(apis.ZapPkg, apis.SlogPkg, apis.LogrusPkg, apis.ZerologPkg, apis.StdLogPkg, apis.OtelzapPkg) {
		return nil, nil
	}
	c := &checker{
		pass:     pass,
		cfg:      cfg,
		idx:      idx,
		req:      pass.ResultOf[reqscope.Analyzer].(*reqscope.Info),
		report:   suppress.Reporter(pass),
		defaults: map[types.Object]bool{},
		mixed:    map[string]bool{},
	}
	// fmt.Printf used as a value needs fmt (or log) imported right here.
	filter := []ast.Node{(*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == apis.OtelzapPkg {
			c.otelzap = true
		}
		if rawPrint && isPrintPkg(imp) && len(filter) == 3 {
			filter = append(filter, (*ast.Ident)(nil))
		}
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	// Tests print and build loggers as they please: test files are skipped.
	for fileCur := range passkit.NonTestFiles(pass, ins) {
		for cur := range fileCur.Preorder(filter...) {
			switch n := cur.Node().(type) {
			case *ast.AssignStmt, *ast.ValueSpec:
				c.noteDefaults(passkit.Assignment(n))
			case *ast.CallExpr:
				key := idx.Key(n)
				printing := rawPrint && c.mayPrint(n, key)
				if key == "" && !printing {
					continue
				}
				if logscope.TestHelper(pass.TypesInfo, cur) {
					continue // a test helper's output goes to the test log
				}
				if printing && !(cfg.AllowMain && logscope.CommandFunc(pass.TypesInfo, cur)) {
					c.rawPrintCall(n, key)
				}
				if key == "" {
					continue
				}
				if enabled(CategoryMixedLoggers) && cfg.Logger != "" {
					c.mixedLoggers(n, key)
				}
				if enabled(CategoryUncorrelatedLog) {
					c.uncorrelated(cur, n, key)
				}
				if enabled(CategoryLoggerPerRequest) {
					c.perRequest(cur, n, key)
				}
			case *ast.Ident:
				c.rawPrintValue(cur, n)
			}
		}
	}
	return nil, nil
}

// noteDefaults records the variables assigned from log.Default():
//
//	l := log.Default()
func (c *checker) noteDefaults(lhs, rhs []ast.Expr) {
	if len(lhs) != len(rhs) {
		return
	}
	for i, r := range rhs {
		call, ok := ast.Unparen(r).(*ast.CallExpr)
		if !ok || !c.idx.Is(call, apis.StdLogDefault) {
			continue
		}
		if id, ok := lhs[i].(*ast.Ident); ok {
			if obj := c.pass.TypesInfo.ObjectOf(id); obj != nil {
				c.defaults[obj] = true
			}
		}
	}
}

// stdDefaultRecv reports whether the receiver of a *log.Logger method
// call is the standard logger: log.Default() or a variable assigned from it.
func (c *checker) stdDefaultRecv(fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	switch x := ast.Unparen(sel.X).(type) {
	case *ast.CallExpr:
		return c.idx.Is(x, apis.StdLogDefault)
	case *ast.Ident:
		obj := c.pass.TypesInfo.Uses[x]
		return obj != nil && c.defaults[obj]
	}
	return false
}

// isPrintPkg reports whether p is fmt or log, whose functions print.
func isPrintPkg(p *types.Package) bool {
	return p != nil && (p.Path() == apis.FmtPkg || p.Path() == apis.StdLogPkg)
}

// mayPrint is a quick test of whether rawPrintCall might report call: a
// function of fmt or log, or a builtin.
func (c *checker) mayPrint(call *ast.CallExpr, key string) bool {
	if key != "" {
		return strings.HasPrefix(key, apis.FmtPkg+".") || strings.HasPrefix(key, apis.StdLogPkg+".") || strings.HasPrefix(key, "("+apis.StdLogPkg+".")
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	_, ok = c.pass.TypesInfo.Uses[id].(*types.Builtin)
	return ok
}

// rawPrintCall reports a call that prints unstructured text:
//
//	fmt.Println(...)  print(...)  log.Printf(...)  log.Default().Print(...)
//	fmt.Fprintf(os.Stderr, ...)
func (c *checker) rawPrintCall(call *ast.CallExpr, key string) {
	var what string
	switch {
	case slices.Contains(apis.FmtPrint, key), slices.Contains(apis.StdLogFuncs, key):
		what = shortName(key)
	case slices.Contains(apis.StdLoggerMeth, key) && c.stdDefaultRecv(call.Fun):
		what = "log.Default()." + key[strings.LastIndexByte(key, '.')+1:]
	case slices.Contains(apis.FmtFprint, key) && len(call.Args) > 0 && apis.IsStdStream(c.pass.TypesInfo, call.Args[0]):
		what = shortName(key) + " to " + types.ExprString(call.Args[0])
	case key == "":
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return
		}
		if b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin); !ok || (b.Name() != "print" && b.Name() != "println") {
			return
		}
		what = "builtin " + id.Name
	default:
		return
	}
	c.report(analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: CategoryRawPrint,
		Message:  what + " writes unstructured text that carries no trace_id; log through the service's structured logger instead",
	})
}

// rawPrintValue reports a printing function used as a value, which the
// code then calls to log:
//
//	logf := log.Printf
//	cfg.Logf = fmt.Printf
func (c *checker) rawPrintValue(cur inspector.Cursor, id *ast.Ident) {
	fn, ok := c.pass.TypesInfo.Uses[id].(*types.Func)
	if !ok || !isPrintPkg(fn.Pkg()) {
		return
	}
	key := c.idx.ObjKey(fn)
	if key == "" {
		return
	}
	node := ast.Node(id)
	parent := cur.Parent()
	if sel, ok := parent.Node().(*ast.SelectorExpr); ok && sel.Sel == id {
		node = sel
		parent = parent.Parent()
	}
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			break
		}
		parent = parent.Parent()
	}
	switch p := parent.Node().(type) {
	case *ast.CallExpr:
		if ast.Unparen(p.Fun) == node {
			return // a call, handled by rawPrintCall
		}
	case *ast.AssignStmt:
		if allBlank(p.Lhs) {
			return // _ = fmt.Printf keeps an import in use
		}
	case *ast.ValueSpec:
		if len(p.Names) == 1 && p.Names[0].Name == "_" {
			return // var _ = fmt.Printf
		}
	}
	if logscope.TestHelper(c.pass.TypesInfo, cur) || c.cfg.AllowMain && logscope.CommandFunc(c.pass.TypesInfo, cur) {
		return
	}
	var what string
	switch {
	case slices.Contains(apis.FmtPrint, key), slices.Contains(apis.StdLogFuncs, key):
		what = shortName(key)
	case slices.Contains(apis.StdLoggerMeth, key):
		sel, ok := node.(*ast.SelectorExpr)
		if !ok || !c.stdDefaultRecv(sel) {
			return
		}
		what = "log.Default()." + fn.Name()
	default:
		return
	}
	c.report(analysis.Diagnostic{
		Pos:      node.Pos(),
		End:      node.End(),
		Category: CategoryRawPrint,
		Message:  what + " used as a logging function writes unstructured text that carries no trace_id; pass a method of the structured logger instead",
	})
}

func allBlank(lhs []ast.Expr) bool {
	for _, e := range lhs {
		if id, ok := e.(*ast.Ident); !ok || id.Name != "_" {
			return false
		}
	}
	return true
}

// shortName turns "fmt.Println" or "(log.Logger).Printf" into "fmt.Println"
// or "log.Printf" for messages.
func shortName(key string) string {
	pkg := apis.KeyPackage(key)
	name := key[strings.LastIndexByte(key, '.')+1:]
	return pkg[strings.LastIndexByte(pkg, '/')+1:] + "." + name
}

// mixedLoggers reports, once per package and library, the first use of a
// logging library other than the configured one.
func (c *checker) mixedLoggers(call *ast.CallExpr, key string) {
	fam, ok := family[apis.KeyPackage(key)]
	if !ok || fam == c.cfg.Logger || c.mixed[fam] {
		return
	}
	if fam == "log" && c.pass.Pkg.Name() == "main" && c.cfg.AllowMain {
		return // log.Fatal at start-up in a command
	}
	c.mixed[fam] = true
	name := fam
	if fam == "log" {
		name = "the standard log package"
	}
	c.report(analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: CategoryMixedLoggers,
		Message: fmt.Sprintf("package logs through %s beside the team's logger %s; use %s so that every line has the same fields and carries trace_id",
			name, c.cfg.Logger, c.cfg.Logger),
	})
}

// uncorrelated reports a structured log call that drops the context in
// scope, so that the line carries no trace_id:
//
//	slog.Info(msg, ...)        -> slog.InfoContext(ctx, msg, ...)
//	logger.Info(msg, ...)      -> logger.InfoContext(ctx, msg, ...)     (*slog.Logger)
//	logger.Info(msg, ...)      -> logger.Ctx(ctx).Info(msg, ...)        (otelzap)
func (c *checker) uncorrelated(cur inspector.Cursor, call *ast.CallExpr, key string) {
	slogCall := slices.Contains(apis.SlogNoCtxFuncs, key) || slices.Contains(apis.SlogNoCtxMethods, key)
	zapCall := c.otelzap && (slices.Contains(apis.ZapLoggerLog, key) || slices.Contains(apis.ZapSugarLog, key))
	if !slogCall && !zapCall {
		return
	}
	src, ok := ctxscope.Find(c.pass.Pkg, cur)
	if !ok || src.Obj == nil {
		return
	}
	ctx := src.Expr()
	name := key[strings.LastIndexByte(key, '.')+1:]
	var fun *ast.Ident // the name of the called function
	var recv ast.Expr  // the receiver or package qualifier, if any
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		fun, recv = f.Sel, f.X
	case *ast.Ident:
		fun = f
	default:
		return
	}
	d := analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: CategoryUncorrelatedLog,
	}
	if slogCall {
		if len(call.Args) == 0 {
			return // not valid Go
		}
		d.Pos, d.End = fun.Pos(), fun.End()
		d.Message = fmt.Sprintf("%s drops the context in scope, so the line carries no trace_id; call %sContext(%s, ...)", name, name, ctx)
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message: "Use " + name + "Context",
			TextEdits: []analysis.TextEdit{
				{Pos: fun.Pos(), End: fun.End(), NewText: []byte(name + "Context")},
				{Pos: call.Args[0].Pos(), End: call.Args[0].Pos(), NewText: []byte(ctx + ", ")},
			},
		}}
		c.report(d)
		return
	}
	// A zap call in a package that logs through otelzap.
	if recv != nil && c.hasCtxMethod(recv, name) {
		d.Pos, d.End = fun.Pos(), fun.End()
		d.Message = fmt.Sprintf("%s drops the context in scope, so the line carries no trace_id; log through %s.Ctx(%s).%s", name, types.ExprString(recv), ctx, name)
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Use Ctx(" + ctx + ")",
			TextEdits: []analysis.TextEdit{{Pos: recv.End(), End: recv.End(), NewText: []byte(".Ctx(" + ctx + ")")}},
		}}
		c.report(d)
		return
	}
	d.Pos, d.End = fun.Pos(), fun.End()
	d.Message = fmt.Sprintf("zap %s drops the context in scope, so the line carries no trace_id; log through an otelzap logger's Ctx(%s)", name, ctx)
	c.report(d)
}

// hasCtxMethod reports whether recv has a Ctx(context.Context) method (the
// otelzap loggers) whose result has a method called name.
func (c *checker) hasCtxMethod(recv ast.Expr, name string) bool {
	tv, ok := c.pass.TypesInfo.Types[recv]
	if !ok || tv.Type == nil || !tv.IsValue() {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(tv.Type, true, c.pass.Pkg, "Ctx")
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != apis.OtelzapPkg {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 1 || !ctxscope.IsContext(sig.Params().At(0).Type()) {
		return false
	}
	m, _, _ := types.LookupFieldOrMethod(sig.Results().At(0).Type(), true, c.pass.Pkg, name)
	_, ok = m.(*types.Func)
	return ok
}

// perRequest reports a logger built from scratch in request-scoped code or
// a loop:
//
//	func handle(w http.ResponseWriter, r *http.Request) {
//		logger, _ := zap.NewProduction()
func (c *checker) perRequest(cur inspector.Cursor, call *ast.CallExpr, key string) {
	switch key {
	case apis.ZapPkg + ".NewProduction", apis.ZapPkg + ".NewDevelopment", apis.ZapPkg + ".NewExample", apis.LogrusNew:
	case apis.ZapPkg + ".New", apis.SlogNew, apis.OtelzapNew:
		// Wrapping an existing core, handler or logger is cheap and is
		// how a logger is derived; only a fresh one counts.
		if len(call.Args) == 0 || !c.builtFresh(call.Args[0]) {
			return
		}
	default:
		return
	}
	place := c.req.At(cur)
	if place.Kind != reqscope.Request {
		return
	}
	c.report(analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: CategoryLoggerPerRequest,
		Message: fmt.Sprintf("%s builds a new logger in %s, once per request or iteration; build it once at start-up and pass it in, deriving request loggers with With",
			shortName(key), place.Reason),
	})
}

// builtFresh reports whether the argument of a logger constructor builds
// its sink on the spot: a constructor call (zapcore.NewCore,
// slog.NewJSONHandler, zap.NewProduction...) or a composite literal,
// rather than an existing core, handler or writer.
func (c *checker) builtFresh(arg ast.Expr) bool {
	switch a := ast.Unparen(arg).(type) {
	case *ast.CompositeLit:
		return true
	case *ast.UnaryExpr:
		_, ok := ast.Unparen(a.X).(*ast.CompositeLit)
		return ok && a.Op == token.AND
	case *ast.CallExpr:
		fn := apis.Callee(c.pass.TypesInfo, a)
		if fn == nil {
			return false
		}
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
			return false // core.With(...), h.WithAttrs(...), logger.Handler()
		}
		return strings.HasPrefix(fn.Name(), "New")
	}
	return false
}
