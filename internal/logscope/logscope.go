// Package logscope tells whether a place of the code belongs to a
// command-line program, whose printing is the program's output, or to
// test support, which only tests run, rather than to the production code
// of a service, whose printing is logging.
//
// Command-line code (Kind Command), recognised by the types of the
// command-line libraries in internal/apis rather than by names:
//
//   - a function that takes or returns a command, an application, an
//     action's context or a set of flags (*cobra.Command, urfave/cli's
//     *cli.Context, *cli.Command and *cli.App, the *kong.Kong and
//     *kong.Context that kong hands a command's Run method, kingpin's
//     *kingpin.Application, *kingpin.CmdClause and the *kingpin.ParseContext
//     it hands an action, *flag.FlagSet,
//     *pflag.FlagSet), a type of the program's own that holds a set of
//     flags in a field (a struct wrapping the *pflag.FlagSet that every
//     subcommand takes), or the configuration bound to the flags
//     (*viper.Viper);
//   - a function given as a field of a command (RunE: runValidate,
//     Action: func...), or assigned to one or to flag.Usage;
//   - a function that reads the command line itself (os.Args,
//     flag.Parse) or the global configuration bound to it (viper.IsSet,
//     viper.GetString), one that runs the command line
//     (rootCmd.Execute(), kong.Parse), and the main function of package
//     main;
//   - a function of the package whose every use is in command-line code
//     (a helper called only from RunE), when no other package can call it:
//     it is unexported, or in package main.
//
// [Info.ConfigLoad] tells apart the loading of the program's
// configuration: a function that reads a file or embedded data and
// decodes it into a value it hands back, and takes no context or request
// (and the unexported helpers called only from such functions). It runs
// at start-up, before the logger the configuration describes exists.
//
// Test support (Kind Test): _test.go files; a function that takes or
// returns the test being run (*testing.T, testing.TB, testify's
// TestingT, a *gomock.Controller, an *httptest.Server, or any interface
// with a FailNow() method); a method of a type that holds one (a
// testify suite, a gomock mock); a method of a fixture, a type declared
// in a file that imports a testing package which a test helper there
// hands to the test through a callback that takes the test too (a server
// process started for each test: func ForEach(t *testing.T, f func(t
// testing.TB, p *Process))), while a type declared in a file that
// imports nothing of the tests stays production code; a function whose every use is in test
// support; and every function of a package that exists for tests: at
// least half of its files import a testing package (testing,
// net/http/httptest, testify, gomock) and it exports a test helper.
// Generated mocks of the package's own interfaces do not count. A package
// that drives tests is one too, whatever it imports: it exports a harness
// (a type whose exported methods each take the test) and only what the
// harness is built from (the types its constructors take and its fields
// hold, and their constructors), as an integration-test driver run by
// its own server exports its behaviours and the clients they call.
// [Harness] tells from a package's types alone whether it is a test
// harness, for a value handed to one of its functions.
//
// This is the one classification of test support: reqscope, and through
// it the passes that ask about request and set-up code, defer to it
// ([Info.TestSupport]), so that no pass calls code production that
// another calls test support.
package logscope

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/passkit"
)

// Kind classifies a place of the code.
type Kind int

const (
	// Production code: what it prints is logging.
	Production Kind = iota
	// Command code belongs to a command-line program: what it prints is
	// the program's output.
	Command
	// Test code runs only in tests.
	Test
)

func (k Kind) String() string {
	switch k {
	case Command:
		return "command"
	case Test:
		return "test"
	}
	return "production"
}

// Place is the classification of a place with the reason for it, such as
// "function runValidate that takes a *cobra.Command".
type Place struct {
	Kind   Kind
	Reason string
}

// Analyzer computes an [*Info] for a package.
var Analyzer = &analysis.Analyzer{
	Name:             "otellintlogscope",
	Doc:              "classify code as command-line program code, test support or production code",
	Run:              run,
	Requires:         []*analysis.Analyzer{inspect.Analyzer},
	ResultType:       reflect.TypeFor[*Info](),
	RunDespiteErrors: true,
}

// Info is the result of [Analyzer]. It is computed on the first call of
// [Info.At], under a sync.Once, and read-only afterwards, so passes running
// in parallel may share it; packages where no pass asks pay nothing.
type Info struct {
	once sync.Once
	ins  *inspector.Inspector
	fset *token.FileSet
	pkg  *types.Package
	info *types.Info

	// pkgPlace is the place of every non-test file when the package
	// exists for tests (Test) or for a command line (Command).
	pkgPlace Place
	// own holds the place that a function (*ast.FuncDecl or *ast.FuncLit)
	// has by itself: its signature, where it is given, what it reads.
	own map[ast.Node]Place
	// decls maps the functions declared in the package to their
	// declarations.
	decls map[*types.Func]*ast.FuncDecl
	// uses lists the uses of the package's functions in non-test files.
	uses map[*types.Func][]inspector.Cursor
	// only memoizes onlyUsedIn: the place a function has because every
	// one of its uses is in command or test code.
	only map[*types.Func]Place

	// loadOnce guards loaders, computed on the first call of
	// [Info.ConfigLoad].
	loadOnce sync.Once
	// loaders holds the functions that load the program's configuration
	// and their helpers.
	loaders map[*types.Func]Place
	// testTypes memoizes isTestType, held heldTestType (by the receiver
	// type without its pointer): the same parameter and receiver types
	// recur across a package's functions.
	testTypes map[types.Type]bool
	held      map[types.Type]types.Type
	// fixtures holds the package's fixture types, each with the test
	// helper that hands it to the test ([Info.testFixtures]).
	fixtures map[*types.TypeName]string
}

func run(pass *analysis.Pass) (any, error) {
	return &Info{
		ins:   pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		fset:  pass.Fset,
		pkg:   pass.Pkg,
		info:  pass.TypesInfo,
		own:   map[ast.Node]Place{},
		decls: map[*types.Func]*ast.FuncDecl{},
		uses:  map[*types.Func][]inspector.Cursor{},
		only:  map[*types.Func]Place{},

		testTypes: map[types.Type]bool{},
		held:      map[types.Type]types.Type{},
	}, nil
}

// New returns the Info of a package for callers that do not run the
// Analyzer (tests, drivers).
func New(pkg *types.Package, info *types.Info, fset *token.FileSet, files []*ast.File) *Info {
	return &Info{
		ins:   inspector.New(files),
		fset:  fset,
		pkg:   pkg,
		info:  info,
		own:   map[ast.Node]Place{},
		decls: map[*types.Func]*ast.FuncDecl{},
		uses:  map[*types.Func][]inspector.Cursor{},
		only:  map[*types.Func]Place{},
	}
}

// At classifies the place of the node at cur: the innermost enclosing
// function that is command or test code decides; then the file (a
// _test.go file) and the package (one that exists for tests).
func (in *Info) At(cur inspector.Cursor) Place {
	if in == nil || !cur.Valid() || cur.Node() == nil {
		return Place{}
	}
	in.once.Do(in.compute)
	if passkit.IsTestFile(in.fset, cur.Node().Pos()) {
		return Place{Kind: Test, Reason: "test file"}
	}
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if p := in.funcPlace(c.Node()); p.Kind != Production {
			return p
		}
	}
	return in.pkgPlace
}

// TestSupport reports whether the node at cur lies in test support by
// the functions around it or by its package, whatever its file: a pass
// that checks _test.go files on request still leaves alone the helpers
// and suites it finds there, as it does outside them.
func (in *Info) TestSupport(cur inspector.Cursor) bool {
	if in == nil || !cur.Valid() || cur.Node() == nil {
		return false
	}
	in.once.Do(in.compute)
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if p := in.funcPlace(c.Node()); p.Kind != Production {
			return p.Kind == Test
		}
	}
	return in.pkgPlace.Kind == Test
}

// Uses returns the uses of fn, a function of the package, in its non-test
// files (a call, or the function handed on as a value).
func (in *Info) Uses(fn *types.Func) []inspector.Cursor {
	if in == nil || fn == nil {
		return nil
	}
	in.once.Do(in.compute)
	return in.uses[fn.Origin()]
}

// funcPlace returns the place of a function by itself or by its uses.
func (in *Info) funcPlace(n ast.Node) Place {
	if p := in.own[n]; p.Kind != Production {
		return p
	}
	if d, ok := n.(*ast.FuncDecl); ok {
		if fn, ok := in.info.Defs[d.Name].(*types.Func); ok {
			return in.only[fn]
		}
	}
	return Place{}
}

// compute classifies the functions of the package.
func (in *Info) compute() {
	// First the functions by themselves, and the uses to look at once
	// every declaration is known.
	type use struct {
		c   inspector.Cursor
		obj types.Object
	}
	var uses []use
	in.fixtures = in.testFixtures()
	// Only the uses noteUse looks at are kept: those of the package's
	// own functions and of the command-line packages' objects. Most
	// identifiers are neither.
	cmdPkgs := commandLinePkgs()
	ownCmd := in.pkg != nil && cmdPkgs[in.pkg.Path()]
	noted := func(obj types.Object) bool {
		switch obj.(type) {
		case *types.Var, *types.Func:
		default:
			return false
		}
		p := obj.Pkg()
		switch {
		case p == nil:
			return false
		case p == in.pkg:
			_, isFunc := obj.(*types.Func)
			return isFunc || ownCmd
		}
		return cmdPkgs[p.Path()]
	}
	for file := range in.ins.Root().Children() {
		test := passkit.IsTestFile(in.fset, file.Node().Pos())
		for c := range file.Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.Ident)(nil)) {
			switch n := c.Node().(type) {
			case *ast.FuncDecl:
				if fn, ok := in.info.Defs[n.Name].(*types.Func); ok {
					in.decls[fn] = n
				}
				in.own[n] = in.declPlace(n)
			case *ast.FuncLit:
				in.own[n] = in.litPlace(c, n)
			case *ast.Ident:
				// Tests call anything: their uses do not count.
				if test {
					continue
				}
				if obj := in.info.Uses[n]; obj != nil && noted(obj) {
					uses = append(uses, use{c, obj})
				}
			}
		}
	}
	for _, u := range uses {
		in.noteUse(u.c, u.obj)
	}
	in.pkgPlace = in.testPackage()
	if in.pkgPlace.Kind == Production {
		in.pkgPlace = in.commandPackage()
	}
	// Precompute the places by use, so that the result is read-only while
	// passes run in parallel.
	for fn := range in.decls {
		in.onlyUsedIn(fn, map[*types.Func]bool{})
	}
}

// noteUse records a use of one of the package's functions, marks a
// function given to a command as command code, and the function around a
// read of the command line too.
func (in *Info) noteUse(c inspector.Cursor, obj types.Object) {
	if reason := readsCommandLine(obj); reason != "" {
		if fc, ok := enclosingFunc(c); ok && in.own[fc.Node()].Kind == Production {
			in.own[fc.Node()] = Place{Kind: Command, Reason: funcLabel(fc.Node()) + " that reads the command line (" + reason + ")"}
		}
		return
	}
	fn, ok := obj.(*types.Func)
	if !ok || in.pkg == nil || fn.Pkg() != in.pkg {
		return
	}
	fn = fn.Origin()
	in.uses[fn] = append(in.uses[fn], c)
	if given := commandSlot(in.info, c); given != "" {
		if d := in.decls[fn]; d != nil && in.own[d].Kind == Production {
			in.own[d] = Place{Kind: Command, Reason: "function " + fn.Name() + " given as " + given}
		}
	}
}

// enclosingFunc returns the innermost function around cur.
func enclosingFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	for c := cur; c.Node() != nil; c = c.Parent() {
		switch c.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return c, true
		}
	}
	return inspector.Cursor{}, false
}

// funcLabel names a function for a reason: "function run" or "function
// literal".
func funcLabel(n ast.Node) string {
	if d, ok := n.(*ast.FuncDecl); ok {
		return "function " + d.Name.Name
	}
	return "function literal"
}

// onlyUsedIn decides, and memoizes, the place of a function of the
// package that no other package can call (unexported, or in package main)
// and whose every use in the package's non-test files is a call made in
// command or test code: Command if any call is in command code, else Test.
func (in *Info) onlyUsedIn(fn *types.Func, visiting map[*types.Func]bool) Place {
	if p, ok := in.only[fn]; ok {
		return p
	}
	if visiting[fn] || fn.Exported() && in.pkg.Name() != "main" {
		return Place{}
	}
	uses := in.uses[fn]
	if len(uses) == 0 {
		in.only[fn] = Place{}
		return Place{}
	}
	visiting[fn] = true
	defer delete(visiting, fn)
	kind, counted := Test, 0
	for _, u := range uses {
		if e, _ := u.ParentEdge(); e == edge.SelectorExpr_Sel {
			u = u.Parent()
		}
		if e, _ := unparen(u).ParentEdge(); e != edge.CallExpr_Fun {
			// A function value handed on (to a router, a goroutine, a
			// callback) runs wherever it is called.
			in.only[fn] = Place{}
			return Place{}
		}
		p, self := in.useKind(u, fn, visiting)
		if self {
			continue // a recursive call
		}
		counted++
		if p == Production {
			in.only[fn] = Place{}
			return Place{}
		}
		if p == Command {
			kind = Command
		}
	}
	if counted == 0 {
		in.only[fn] = Place{}
		return Place{}
	}
	p := Place{Kind: kind, Reason: "function " + fn.Name() + " only used in " + kind.String() + " code"}
	in.only[fn] = p
	return p
}

// useKind returns the kind of the code around a use of fn: that of the
// innermost enclosing function that is command or test code, deciding a
// declared function by its uses in turn. self is true for a use inside fn.
func (in *Info) useKind(u inspector.Cursor, fn *types.Func, visiting map[*types.Func]bool) (kind Kind, self bool) {
	for c := range u.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if p := in.own[c.Node()]; p.Kind != Production {
			return p.Kind, false
		}
		d, ok := c.Node().(*ast.FuncDecl)
		if !ok {
			continue
		}
		caller, ok := in.info.Defs[d.Name].(*types.Func)
		if !ok {
			return Production, false
		}
		if caller == fn {
			return Production, true
		}
		return in.onlyUsedIn(caller, visiting).Kind, false
	}
	return in.pkgPlace.Kind, false // a package-level initialiser
}
