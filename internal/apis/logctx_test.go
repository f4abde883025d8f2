package apis_test

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/testenv"
)

// TestLogContextCalls checks against the real libraries that each call
// of apis.LogContextCalls is a recognised key whose function takes a
// context.Context first, and that the log bridges the testdata module
// depends on exist.
func TestLogContextCalls(t *testing.T) {
	// The bridges the testdata module does not depend on.
	optionalBridges := []string{apis.OtellogrusPkg, apis.OtellogrPkg, apis.UptraceOtellogrusPkg}
	var paths []string
	for _, k := range apis.LogContextCalls {
		if !apis.IsKnown(k) {
			t.Errorf("%s is not a recognised key", k)
		}
		if p := apis.KeyPackage(k); !slices.Contains(paths, p) {
			paths = append(paths, p)
		}
	}
	for _, p := range apis.LogBridgePkgs {
		if !slices.Contains(optionalBridges, p) && !slices.Contains(paths, p) {
			paths = append(paths, p)
		}
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: testenv.TestData(t)}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*types.Package{}
	for _, p := range pkgs {
		if len(p.Errors) > 0 || p.Types == nil {
			t.Errorf("%s: %v", p.PkgPath, p.Errors)
			continue
		}
		byPath[p.PkgPath] = p.Types
	}
	for _, p := range paths {
		if byPath[p] == nil {
			t.Errorf("package %s not found in the testdata module", p)
		}
	}
	for _, k := range apis.LogContextCalls {
		path, typ, name := split(k)
		pkg := byPath[path]
		if pkg == nil {
			continue
		}
		var obj types.Object
		if typ == "" {
			obj = pkg.Scope().Lookup(name)
		} else if tn, ok := pkg.Scope().Lookup(typ).(*types.TypeName); ok {
			obj, _, _ = types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pkg, name)
		}
		fn, ok := obj.(*types.Func)
		if !ok {
			t.Errorf("%s: no such function", k)
			continue
		}
		if ps := fn.Type().(*types.Signature).Params(); ps.Len() == 0 || ps.At(0).Type().String() != apis.ContextIface {
			t.Errorf("%s%s does not take a context first", k, fn.Type())
		}
	}
}

// TestIsSlogHandle checks IsSlogHandle on the Handle methods of the
// logging test package ("// handler: yes|no").
func TestIsSlogHandle(t *testing.T) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo, Dir: testenv.TestData(t)}
	pkgs, err := packages.Load(cfg, "otellint.test/apis/logging")
	if err != nil || len(pkgs) != 1 || pkgs[0].Types == nil {
		t.Fatalf("loading the logging test package: %v", err)
	}
	p := pkgs[0]
	idx := apis.NewIndex(p.Types, p.TypesInfo)
	checked := 0
	for _, f := range p.Syntax {
		notes := lineNotes(p.Fset, f, "handler: ")
		for _, d := range f.Decls {
			decl, ok := d.(*ast.FuncDecl)
			if !ok || decl.Name.Name != "Handle" {
				continue
			}
			want, ok := notes[p.Fset.Position(decl.Pos()).Line]
			if !ok {
				continue
			}
			fn := p.TypesInfo.Defs[decl.Name].(*types.Func)
			if got := idx.IsSlogHandle(fn); got != (want == "yes") {
				t.Errorf("%s: IsSlogHandle = %v, want %s", strings.TrimPrefix(fn.FullName(), "otellint.test/apis/logging."), got, want)
			}
			checked++
		}
	}
	if checked != 3 {
		t.Errorf("checked %d methods, want 3", checked)
	}
}

// TestCtxEntryGetter checks the logrus entry getter against the real
// logrus and the scenario packages: a package keeping an entry in the
// context names its getter (the shorter of a function and a function
// variable); logrus's own WithContext(ctx) is one too (logrus has no
// package-level entry for it to stand beside); a package with a global
// entry only names none.
func TestCtxEntryGetter(t *testing.T) {
	pkgs := depsTypes(t, apis.LogrusPkg, "otellint.test/rawlogging/logctx/ctxlog", "otellint.test/rawlogging/logctx/plainlog")
	for path, want := range map[string]string{
		apis.LogrusPkg:                             "WithContext",
		"otellint.test/rawlogging/logctx/ctxlog":   "Get",
		"otellint.test/rawlogging/logctx/plainlog": "",
	} {
		p := pkgs[path]
		if p == nil {
			t.Fatalf("%s not loaded", path)
		}
		if got := apis.CtxEntryGetter(p); got != want {
			t.Errorf("CtxEntryGetter(%s) = %q, want %q", path, got, want)
		}
	}
	entry := pkgs["otellint.test/rawlogging/logctx/ctxlog"].Scope().Lookup("L")
	if !apis.IsLogrusEntryPtr(entry.Type()) {
		t.Errorf("ctxlog.L: %s is not recognised as *logrus.Entry", entry.Type())
	}
}
