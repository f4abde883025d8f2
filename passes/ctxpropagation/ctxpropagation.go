package ctxpropagation

import (
	_ "embed"
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
	"github.com/otellint/otellint/internal/astx"
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
	CategoryBackgroundWithCtx = "background-with-ctx"
	CategoryRequestWithoutCtx = "request-without-ctx"
	CategoryQueryWithoutCtx   = "query-without-ctx"
	CategoryUselessCtxLookup  = "useless-ctx-lookup"
	CategoryBrokenChain       = "broken-chain"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryBackgroundWithCtx, CategoryRequestWithoutCtx, CategoryQueryWithoutCtx, CategoryUselessCtxLookup, CategoryBrokenChain}

// DefaultChecks are the checks on by default: broken-chain is asked for.
var DefaultChecks = []string{CategoryBackgroundWithCtx, CategoryRequestWithoutCtx, CategoryQueryWithoutCtx, CategoryUselessCtxLookup}

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's ctxpropagation block and a flag -ctxpropagation.<name>.
type Config struct {
	Checks       passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
	Strict       bool           `json:"strict" help:"also report requests and queries without a context where no context is in scope"`
	IncludeTests bool           `json:"include-tests" help:"also check _test.go files"`
	IncludeMain  bool           `json:"include-main" help:"also check the bodies of func main and func init"`
}

// Pass declares the ctxpropagation pass.
var Pass = passkit.Pass[Config]{
	Name:       "ctxpropagation",
	Doc:        doc,
	Categories: Categories,
	Default:    Config{Checks: passkit.Checks(slices.Clone(DefaultChecks))},
	Requires:   []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer, reqscope.Analyzer, logscope.Analyzer},
	FactTypes:  []analysis.Fact{new(waitsFact), new(exitsFact)},
	Run:        run,
}

// Analyzer is the ctxpropagation analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// checker holds the state of one run.
type checker struct {
	pass   *analysis.Pass
	cfg    *Config
	idx    *apis.Index
	report func(analysis.Diagnostic)
	file   *ast.File // the file being walked, for the fixes' imports
	ins    *inspector.Inspector
	scope  *reqscope.Info
	place  *logscope.Info                // command-line and test code
	fates  map[*types.Var]fate           // memo of varFate
	waits  map[*types.Var]bool           // memo of onlyWaited
	decls  map[*types.Func]*ast.FuncDecl // the package's functions
	// carriers tells the contexts that carry the caller's trace.
	carriers *ctxscope.Carriers
	roots    map[*types.Func]root // memo of rootOf
	ends     map[*types.Func]bool // memo of endsProcess
	// refs holds the uses of the package's unexported functions, indexed
	// on first need (refsOf).
	refs map[*types.Func][]inspector.Cursor
	// fieldSends caches fieldGivenCtx by field.
	fieldSends map[*types.Var]bool
}

// run walks every file once and hands each call and selector to the
// check of the API it names.
func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	if !idx.ImportsAny(apis.ContextPkg, apis.HTTPPkg, apis.SQLPkg) {
		return nil, nil // nothing to propagate into
	}
	if len(cfg.Checks) == 0 || untraced(pass, idx) {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	sup := pass.ResultOf[suppress.Analyzer].(*suppress.Index)
	c := &checker{pass: pass, cfg: cfg, idx: idx, report: suppress.Reporter(pass), carriers: ctxscope.NewCarriers(pass.Pkg, pass.TypesInfo, idx, ins),
		ins: ins, scope: pass.ResultOf[reqscope.Analyzer].(*reqscope.Info),
		place: pass.ResultOf[logscope.Analyzer].(*logscope.Info), fates: map[*types.Var]fate{}, waits: map[*types.Var]bool{}, decls: map[*types.Func]*ast.FuncDecl{},
		roots: map[*types.Func]root{}, ends: map[*types.Func]bool{}}
	c.collectDecls(pass.Files)
	c.exportWaits()
	c.exportExits()
	for fc := range ins.Root().Children() {
		file, ok := fc.Node().(*ast.File)
		if !ok || sup.GeneratedFile(pass.Fset, file) {
			continue
		}
		if !cfg.IncludeTests && passkit.IsTestFile(pass.Fset, file.FileStart) {
			continue
		}
		c.file = file
		callee := idx.Callees(fc)
		fc.Inspect([]ast.Node{(*ast.FuncDecl)(nil), (*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil)}, func(cur inspector.Cursor) bool {
			switch n := cur.Node().(type) {
			case *ast.FuncDecl:
				// main and init start the program: there is no caller's context.
				if !cfg.IncludeMain && n.Recv == nil && (n.Name.Name == "init" || n.Name.Name == "main" && pass.Pkg.Name() == "main") {
					return false
				}
			case *ast.CallExpr:
				c.call(cur, n, callee(cur))
			case *ast.SelectorExpr:
				c.methodValue(cur, n)
			}
			return true
		})
	}
	return nil, nil
}

// enabled reports whether the check of the category is on.
func (c *checker) enabled(cat string) bool { return c.cfg.Checks.On(cat) }

// call dispatches a call to the check of its callee, fn (nil for a
// function value, a conversion or a builtin).
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	switch k := c.idx.Key(call); {
	case k == "":
		if c.enabled(CategoryBrokenChain) && fn != nil {
			c.chainCall(cur, call, fn)
		}
	case k == apis.ContextBackground || k == apis.ContextTODO:
		c.background(cur, call, k)
	case k == apis.HTTPNewRequest:
		if c.enabled(CategoryRequestWithoutCtx) {
			c.newRequest(cur, call)
		}
	case isHTTPHelper(k):
		if c.enabled(CategoryRequestWithoutCtx) {
			c.httpHelper(cur, call.Fun, k)
		}
	case apis.SQLTwins[k] != "":
		if c.enabled(CategoryQueryWithoutCtx) {
			c.query(cur, call, k)
		}
	}
}

// methodValue dispatches a method value or function value of an API
// without a context, such as fetch(client.Get) or q := db.Query, to the
// check of the API.
func (c *checker) methodValue(cur inspector.Cursor, sel *ast.SelectorExpr) {
	p := cur
	for {
		k, _ := p.ParentEdge()
		if k == edge.ParenExpr_X {
			p = p.Parent()
			continue
		}
		if k == edge.CallExpr_Fun {
			return // a call, (http.Get)(u) too: checked as such
		}
		break
	}
	if discarded(p) {
		return // _ = http.Get: a value thrown away sends nothing
	}
	key := c.idx.ObjKey(c.pass.TypesInfo.Uses[sel.Sel])
	switch {
	case key == "":
	case key == apis.HTTPNewRequest:
		if c.enabled(CategoryRequestWithoutCtx) {
			c.newRequestValue(cur, sel)
		}
	case isHTTPHelper(key):
		if c.enabled(CategoryRequestWithoutCtx) {
			c.httpHelper(cur, sel, key)
		}
	case apis.SQLTwins[key] != "":
		if c.enabled(CategoryQueryWithoutCtx) {
			c.queryValue(cur, sel, key)
		}
	}
}

// discarded reports whether the expression at cur is assigned to the
// blank identifier: _ = http.Get.
func discarded(cur inspector.Cursor) bool {
	id, ok := astx.AssignedTo(cur).(*ast.Ident)
	return ok && id.Name == "_"
}

// isHTTPHelper reports whether key names http.Get and friends or the same
// *http.Client methods, which always send the request with
// context.Background().
func isHTTPHelper(key string) bool {
	return slices.Contains(apis.HTTPNoCtxFuncs, key) || slices.Contains(apis.HTTPClientNoCtx, key)
}

// related points at the declaration of the context in scope.
func related(src ctxscope.Source) []analysis.RelatedInformation {
	if src.Obj == nil || !src.Obj.Pos().IsValid() {
		return nil
	}
	what := "the context"
	if src.Request {
		what = "the request"
	}
	return []analysis.RelatedInformation{{Pos: src.Obj.Pos(), End: src.Obj.Pos() + token.Pos(len(src.Obj.Name())), Message: what + " in scope"}}
}

// calleeName turns an API key into the name used in messages:
// "net/http.Get" -> "http.Get", "(database/sql.DB).Query" -> "(*sql.DB).Query".
func calleeName(key string) string {
	if strings.HasPrefix(key, "(") {
		typ, meth, _ := strings.Cut(key[1:], ").")
		return "(*" + typ[strings.LastIndexByte(typ, '/')+1:] + ")." + meth
	}
	return key[strings.LastIndexByte(key, '/')+1:]
}

// funcName returns the bare name of the function or method a key names:
// "(database/sql.DB).QueryContext" -> "QueryContext".
func funcName(key string) string {
	return key[strings.LastIndexByte(key, '.')+1:]
}

// orExpr returns a if ok, else b.
func orExpr(ok bool, a, b string) string {
	if ok {
		return a
	}
	return b
}
