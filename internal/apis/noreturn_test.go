package apis_test

import (
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/packages"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/testenv"
)

// primitives are the functions of the table that stop the goroutine or
// the process below Go: their bodies are in the runtime or in assembly,
// so the test takes them on trust.
var primitives = []string{apis.RuntimePkg + ".Goexit", apis.SyscallPkg + ".Exit"}

// TestNoReturn proves the NoReturn table against the real libraries of
// the testdata module: every key names a function or method that exists;
// every function of the standard library with a body has no path that
// returns, once the table's calls and panic are taken to stop the path;
// and every method of testing.TB in the table is there for testing's own
// implementation too. The logging libraries' entries exit through a hook
// a program may replace, so only their existence is checked.
func TestNoReturn(t *testing.T) {
	paths := map[string]bool{}
	for _, key := range apis.NoReturn {
		paths[apis.KeyPackage(key)] = true
	}
	// The types of every package of the table, and the syntax of those
	// whose bodies are checked.
	byPath := load(t, packages.NeedName|packages.NeedTypes, slices.Collect(maps.Keys(paths))...)
	bodies := load(t, packages.NeedName|packages.NeedTypes|packages.NeedSyntax|packages.NeedTypesInfo,
		apis.OSPkg, apis.StdLogPkg, apis.TestingPkg)
	table := map[string]bool{}
	for _, key := range apis.NoReturn {
		if table[key] {
			t.Errorf("%s: listed twice", key)
		}
		table[key] = true
	}
	proved := 0
	for _, key := range apis.NoReturn {
		path := apis.KeyPackage(key)
		if byPath[path] == nil {
			t.Errorf("%s: package %s not loaded", key, path)
			continue
		}
		fn := lookupFunc(byPath[path].Types, key)
		if fn == nil {
			t.Errorf("%s: no such function or method in %s", key, path)
			continue
		}
		if got := apis.RawKey(fn); got != key {
			t.Errorf("%s: the function found has key %s", key, got)
		}
		if !apis.NeverReturns(fn) {
			t.Errorf("NeverReturns(%s) = false", key)
		}
		if strings.Contains(path, ".") || slices.Contains(primitives, key) {
			continue // a logging library, or below Go
		}
		if sig := fn.Signature(); sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
			// testing.TB: its implementations in the testing package
			// are T, B and F through the embedded common.
			if impl := strings.Replace(key, "("+apis.TestingPkg+".TB)", "("+apis.TestingPkg+".common)", 1); !table[impl] {
				t.Errorf("%s is in the table but %s is not", key, impl)
			}
			continue
		}
		p := bodies[path]
		if p == nil {
			t.Errorf("%s: the test does not load the body of %s", key, path)
			continue
		}
		decl := declOf(p, lookupFunc(p.Types, key))
		if decl == nil || decl.Body == nil {
			t.Errorf("%s: no body to check", key)
			continue
		}
		g := cfg.New(decl.Body, func(call *ast.CallExpr) bool {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if b, ok := p.TypesInfo.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
					return false
				}
			}
			return !apis.NeverReturns(apis.Callee(p.TypesInfo, call))
		})
		if !g.NoReturn() {
			t.Errorf("%s: some path of its body returns", key)
		}
		proved++
	}
	// os.Exit, six of package log, six of log.Logger, six of testing.common.
	if proved < 19 {
		t.Errorf("only %d bodies proved not to return", proved)
	}
}

// load loads the packages of the testdata module's build list and
// returns them by path.
func load(t *testing.T, mode packages.LoadMode, patterns ...string) map[string]*packages.Package {
	t.Helper()
	pkgs, err := packages.Load(&packages.Config{Mode: mode, Dir: testenv.TestData(t)}, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*packages.Package{}
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			t.Fatalf("%s: %v", p.PkgPath, p.Errors[0])
		}
		byPath[p.PkgPath] = p
	}
	return byPath
}

// TestNeverReturnsOthers checks that functions that return, and the
// methods of other types with the same names, are not taken to stop.
func TestNeverReturnsOthers(t *testing.T) {
	byPath := load(t, packages.NeedName|packages.NeedTypes, apis.StdLogPkg, apis.ZapPkg, apis.TestingPkg, apis.OSPkg)
	for _, key := range []string{"log.Print", "(log.Logger).Println", "(go.uber.org/zap.Logger).DPanic",
		"(go.uber.org/zap.Logger).Error", "(testing.common).Error", "(testing.common).Skipped", "os.Getenv"} {
		fn := lookupFunc(byPath[apis.KeyPackage(key)].Types, key)
		if fn == nil {
			t.Fatalf("%s: not found", key)
		}
		if apis.NeverReturns(fn) {
			t.Errorf("NeverReturns(%s) = true, want false", key)
		}
	}
	if apis.NeverReturns(nil) {
		t.Error("NeverReturns(nil) = true")
	}
}

// lookupFunc returns the function or method named by key in pkg, or nil.
func lookupFunc(pkg *types.Package, key string) *types.Func {
	_, typ, name := split(key)
	if typ == "" {
		fn, _ := pkg.Scope().Lookup(name).(*types.Func)
		return fn
	}
	tn, ok := pkg.Scope().Lookup(typ).(*types.TypeName)
	if !ok {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pkg, name)
	if types.IsInterface(tn.Type()) {
		obj, _, _ = types.LookupFieldOrMethod(tn.Type(), true, pkg, name)
	}
	fn, _ := obj.(*types.Func)
	return fn
}

// declOf returns the declaration of fn among the files of p, or nil.
func declOf(p *packages.Package, fn *types.Func) *ast.FuncDecl {
	for _, f := range p.Syntax {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && p.TypesInfo.Defs[fd.Name] == fn {
				return fd
			}
		}
	}
	return nil
}
