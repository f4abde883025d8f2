package piilog

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/logscope"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/suppress"
)

//go:embed doc.go
var doc string

// The categories of the diagnostics of this pass, one per check.
const (
	CategoryPiiField   = "pii-field"
	CategoryPiiValue   = "pii-value"
	CategoryWholeBody  = "whole-body"
	CategoryPiiBaggage = "pii-baggage"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryPiiField, CategoryPiiValue, CategoryWholeBody, CategoryPiiBaggage}

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's piilog block and a flag -piilog.<name>.
type Config struct {
	Checks     passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
	Keys       []string       `json:"keys" help:"comma-separated words to add to the personal and secret key list (iban, national id)"`
	IgnoreKeys []string       `json:"ignore-keys" help:"comma-separated words to remove from the default key list"`
}

// Validate checks that every key has a word to match.
func (c Config) Validate() error {
	for _, k := range slices.Concat(c.Keys, c.IgnoreKeys) {
		if len(constval.Words(k)) == 0 {
			return fmt.Errorf("key %q has no words", k)
		}
	}
	return nil
}

// Pass declares the piilog pass.
var Pass = passkit.Pass[Config]{
	Name:       "piilog",
	Doc:        doc,
	Categories: Categories,
	Default:    Config{Checks: passkit.Checks{CategoryPiiField, CategoryPiiValue, CategoryWholeBody, CategoryPiiBaggage}},
	Requires:   []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer, logscope.Analyzer},
	// Every type is checked for nil: a package that does not type-check
	// (or whose dependencies do not) is analysed as far as it goes.
	RunDespiteErrors: true,
	Run:              run,
}

// Analyzer is the piilog analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// checker holds the state of one run of the pass.
type checker struct {
	pass   *analysis.Pass
	cfg    *Config
	idx    *apis.Index
	m      *matcher
	report func(analysis.Diagnostic)
	// reportLogged reports a finding that command-line code does not
	// silence (see [checker.wholeConfig]).
	reportLogged func(analysis.Diagnostic)
	// key is the key of the recognised call being checked.
	key string
	// scope tells command-line and test-support code from production.
	scope *logscope.Info
	// bodies are the variables that hold a request or response body read
	// whole (b, err := io.ReadAll(r.Body)) or a message payload, decoders
	// those that decode one (json.NewDecoder(r.Body)), and decoded those
	// that a decoder filled from one (json.Unmarshal(body, &req)), with
	// what the body came from (fromRequest, fromResponse, fromMessage).
	// encoded holds the variables given the text an encoder wrote of one
	// of these or of an identity token's claims (json.Marshal(claims)).
	bodies, decoders, decoded, encoded map[types.Object]string
	// inits holds the one value given to a variable, nil when it was
	// given several.
	inits map[*types.Var]ast.Expr
	// structs and allStructs memoise the personal fields of struct
	// types, written by reflection and declared, respectively.
	structs, allStructs map[types.Type][]string
	// urls holds what the package does with its URL variables, computed
	// on first use (see [checker.urlFacts]); noURLs is set when the
	// package does not import net/url.
	urls   *urlFacts
	noURLs bool
	ins    *inspector.Inspector
	// wrapped memoises the recognised method each method stands in for
	// (see [apis.Index.ShadowedKey]).
	wrapped map[*types.Func]string
	// wholeFuncs is set when the package dumps requests or receives the
	// requests of remote calls: then what its functions return is asked
	// (see [checker.calledWhole]), and memoised in results; decls holds
	// the package's function declarations.
	wholeFuncs bool
	results    map[*types.Func]wholeResult
	// texts holds the whole values written to a text being built.
	texts map[types.Object][]textWrite
	decls map[*types.Func]*ast.FuncDecl
}

// run checks the logging calls, logrus.Fields literals and baggage
// members of the package's non-test files.
func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	if !idx.ImportsAny(apis.ZapPkg, apis.SlogPkg, apis.LogrusPkg, apis.ZerologPkg, apis.StdLogPkg, apis.FmtPkg, apis.OtelzapPkg, apis.BaggagePkg,
		apis.KitLogPkg, apis.KitOldLogPkg, apis.OPALoggingPkg, apis.OPAOldLoggingPkg, apis.GoZeroLogxPkg, apis.GoZeroLogcPkg, apis.KratosLogPkg) {
		return nil, nil // no logger and no baggage
	}
	c := &checker{
		pass:       pass,
		cfg:        cfg,
		idx:        idx,
		m:          sharedMatcher(cfg.Keys, cfg.IgnoreKeys),
		scope:      pass.ResultOf[logscope.Analyzer].(*logscope.Info),
		ins:        pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		bodies:     map[types.Object]string{},
		decoders:   map[types.Object]string{},
		decoded:    map[types.Object]string{},
		encoded:    map[types.Object]string{},
		inits:      map[*types.Var]ast.Expr{},
		structs:    map[types.Type][]string{},
		allStructs: map[types.Type][]string{},
		wrapped:    map[*types.Func]string{},
		results:    map[*types.Func]wholeResult{},
		texts:      map[types.Object][]textWrite{},
	}
	if !c.mayReport() {
		return nil, nil
	}
	c.wholeFuncs = idx.ImportsDirectly(apis.HTTPUtilPkg)
	c.noteRPCRequests()
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	// Test support's data is made up, and what a command-line program
	// logs is its output to whoever runs it: their findings are dropped.
	// Where the code is placed is asked only of a finding, so that a
	// package without one is never classified.
	report := suppress.Reporter(pass)
	c.report = func(d analysis.Diagnostic) {
		if cur, ok := ins.Root().FindByPos(d.Pos, d.End); ok && c.silenced(cur, d.Category) {
			return
		}
		report(d)
	}
	// A whole configuration written by a logger is kept by the service's
	// log back end even when start-up code writes it: only its test
	// support is dropped.
	c.reportLogged = func(d analysis.Diagnostic) {
		if cur, ok := ins.Root().FindByPos(d.Pos, d.End); ok && c.scope.At(cur).Kind == logscope.Test {
			return
		}
		report(d)
	}
	// The personal data of tests is made up: test files are skipped.
	for fileCur := range passkit.NonTestFiles(pass, ins) {
		callee := idx.Callees(fileCur)
		for cur := range fileCur.Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.RangeStmt)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.RangeStmt:
				c.noteRange(n)
			case *ast.AssignStmt:
				if n.Tok != token.DEFINE && n.Tok != token.ASSIGN {
					c.noteInits(n.Lhs, nil) // x += y: not one value
					continue
				}
				c.noteAssign(n.Lhs, n.Rhs)
			case *ast.ValueSpec:
				c.noteAssign(passkit.Assignment(n))
			case *ast.CompositeLit:
				c.compositeLit(n)
			case *ast.CallExpr:
				fn := callee(cur)
				c.noteDecode(n, fn)
				c.noteTextWrite(cur, n, fn)
				key := idx.Key(n)
				s, ok := apis.ShapeOf(key)
				if !ok {
					// A logger wrapper's own WithField reads as the
					// one it redefines.
					key = c.shadowed(fn)
					if s, ok = apis.ShapeOf(key); !ok {
						continue
					}
				}
				c.call(cur, n, key, s)
			}
		}
	}
	return nil, nil
}

// mayReport reports whether the package has what a finding is about: a
// call with a shape (see [checker.call]), its own or that of the method a
// logger wrapper redefines, or a literal of a field map, whose package
// it must import. Everything else the walk notes serves only those, so
// most packages of a large module, which log through a logger of their
// own, are left at that.
func (c *checker) mayReport() bool {
	if c.idx.ImportsAny(fieldMapPkgs()...) {
		return true
	}
	for _, cl := range c.idx.Calls() {
		if _, ok := apis.ShapeOf(cl.Key); ok {
			return true
		}
		if _, ok := apis.ShapeOf(c.shadowed(cl.Fn)); ok {
			return true
		}
	}
	return false
}

// fieldMapPkgs holds the packages of the types of [apis.FieldMaps].
var fieldMapPkgs = sync.OnceValue(func() []string {
	var out []string
	for _, t := range apis.FieldMaps {
		out = append(out, t[:strings.LastIndexByte(t, '.')])
	}
	return out
})

// silenced reports whether a finding of the category at cur is dropped
// for the place of the code (see [logscope.Info.At]): test support, whose
// data is made up; and a command-line program, whose logs, whatever the
// logger, go to the terminal of the user who runs it and who owns the
// token it just obtained, not to a service's log back end. Baggage is
// sent on to the servers the program calls, wherever it is set.
func (c *checker) silenced(cur inspector.Cursor, category string) bool {
	switch c.scope.At(cur).Kind {
	case logscope.Test:
		return true
	case logscope.Command:
		return category != CategoryPiiBaggage
	}
	return false
}

// shadowed returns the key of the recognised logging method that fn, a
// method of a logger wrapper, redefines, or "".
func (c *checker) shadowed(fn *types.Func) string {
	if fn == nil {
		return ""
	}
	k, ok := c.wrapped[fn]
	if !ok {
		k = c.idx.ShadowedKey(fn)
		c.wrapped[fn] = k
	}
	return k
}

// enabled reports whether the check of category cat runs.
func (c *checker) enabled(cat string) bool { return c.cfg.Checks.On(cat) }

// tv returns the type and value of e.
func (c *checker) tv(e ast.Expr) types.TypeAndValue {
	return c.pass.TypesInfo.Types[e]
}

// compositeLit checks the pairs of a logrus.Fields literal:
//
//	logrus.Fields{"email": u.Email}
func (c *checker) compositeLit(lit *ast.CompositeLit) {
	if t := c.pass.TypesInfo.TypeOf(lit); t == nil || !apis.IsFieldMap(t) {
		return
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			c.pair(kv.Key, kv.Value, true)
		}
	}
}

// fieldMap checks the pairs of a map given as fields, written as a
// literal in the call or given once to the variable passed:
//
//	logger.WithFields(map[string]any{"email": u.Email})
func (c *checker) fieldMap(arg ast.Expr, whole bool) {
	arg = ast.Unparen(arg)
	if id, ok := arg.(*ast.Ident); ok {
		if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && c.inits[v] != nil {
			arg = ast.Unparen(c.inits[v])
		}
	}
	lit, ok := arg.(*ast.CompositeLit)
	if !ok {
		return
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			c.pair(kv.Key, kv.Value, whole)
		}
	}
}

// call checks the keys and values of a recognised call, read as its shape
// says (see [apis.CallShape]):
//
//	zap.String(key, value)                 field
//	sugar.Infow(msg, key, value, ...)      pairs after the message
//	slog.Group(key, key, value, ...)       a group key, then pairs
//	log.Printf(format, operands...)        a format and its operands
//	log.Print(values...)                   values
//	logger.Info(msg, fields...)            the message (the fields are calls)
//	logger.Log(key, value, ...)            pairs (go-kit)
//	log.With(logger, key, value, ...)      pairs after the logger (go-kit)
//	logger.WithFields(map[string]any{...}) the map literal's pairs (OPA)
//	logx.Infov(value)                      one value (go-zero)
//	baggage.NewMember(key, value)          a baggage member
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr, key string, s apis.CallShape) {
	c.key = key
	defer func() { c.key = "" }()
	args := call.Args
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	sig := fn.Signature()
	// vi is the index of the variadic parameter, or -1.
	vi := -1
	if sig.Variadic() {
		vi = sig.Params().Len() - 1
	}
	spread := call.Ellipsis.IsValid() // f(args...): the elements are unknown
	if s.Writer && (len(args) == 0 || !apis.IsStdStream(c.pass.TypesInfo, args[0])) {
		return // fmt.Fprintf to a file or a response: output, not logging
	}
	switch s.Args {
	case apis.FieldArgs:
		if len(args) >= 2 {
			c.pair(args[0], args[1], s.Whole)
		}
	case apis.GroupArgs:
		if len(args) >= 1 {
			c.pair(args[0], nil, false)
			if !spread {
				c.pairs(args[1:], s.Whole)
			}
		}
	case apis.PairArgs:
		if vi < 0 || len(args) < vi {
			return
		}
		for _, a := range args[:vi] {
			c.lone(a, false) // the message
		}
		if !spread {
			c.pairs(args[vi:], s.Whole)
		}
	case apis.LoggerPairArgs:
		if vi == 1 && len(args) >= 1 && !spread {
			c.pairs(args[1:], s.Whole)
		}
	case apis.MapArgs:
		if len(args) == 1 {
			c.fieldMap(args[0], s.Whole)
		}
	case apis.MessageArgs:
		if vi > 0 && vi <= len(args) {
			c.lone(args[vi-1], false)
		} else if vi < 0 && len(args) > 0 {
			c.lone(args[len(args)-1], false)
		}
	case apis.ValueArgs:
		if len(args) > 0 {
			c.lone(args[len(args)-1], s.Whole)
		}
	case apis.PrintArgs:
		if vi < 0 || spread {
			return
		}
		for _, a := range args[vi:] {
			c.lone(a, s.Whole)
		}
	case apis.FormatArgs:
		if vi < 1 || len(args) < vi {
			return
		}
		c.format(args[vi-1], args[vi:], spread)
	case apis.MemberArgs:
		if len(args) >= 2 {
			c.member(args[0], args[1])
		}
	}
}
