package robust_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/testenv"
)

// FuzzPasses type-checks arbitrary Go source against the real dependencies
// of the testdata module and runs every pass of the suite on it. No input
// may make a pass panic, and on a well-typed input no pass may fail. The
// seeds are every Go file under testdata/.
//
//	go test -run='^$' -fuzz=FuzzPasses -fuzztime=90s ./internal/robust
func FuzzPasses(f *testing.F) {
	seeds := seedFiles(f)
	for _, s := range seeds {
		f.Add(s.src)
	}
	u := loadUniverse(f, seeds)
	analyzers, err := otellint.Analyzers(otellint.DefaultConfig())
	if err != nil {
		f.Fatal(err)
	}
	// Each input is written to a file, as passes may read their files.
	file := filepath.Join(f.TempDir(), "fuzz.go")
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 1<<16 {
			return // keep each input quick to type-check
		}
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		pkg, ok := typeCheck(u, file, src)
		if !ok {
			return
		}
		defer u.fset.RemoveFile(u.fset.File(pkg.Syntax[0].Pos()))
		graph, err := checker.Analyze(analyzers, []*packages.Package{pkg}, &checker.Options{Sequential: true, SanityCheck: true})
		if err != nil {
			t.Fatal(err)
		}
		for act := range graph.All() {
			if act.Err == nil || pkg.IllTyped {
				continue
			}
			t.Errorf("%s failed on a well-typed package: %v\nsource:\n%s", act.Analyzer.Name, act.Err, src)
		}
	})
}

// seed is one Go file of testdata.
type seed struct {
	name, src string
}

// seedFiles returns every Go file under testdata/.
func seedFiles(tb testing.TB) []seed {
	root := filepath.Join(testenv.Root(), "testdata")
	var seeds []seed
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		seeds = append(seeds, seed{p, string(data)})
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(seeds) == 0 {
		tb.Fatal("no Go file under testdata/")
	}
	return seeds
}

// universe is the set of packages a fuzz input may import: every package
// the seeds import and their dependencies, loaded once with their types
// from the testdata module.
type universe struct {
	fset  *token.FileSet
	pkgs  map[string]*types.Package
	sizes types.Sizes
}

var (
	universeOnce sync.Once
	theUniverse  *universe
	universeErr  error
)

// loadUniverse loads the packages that the seeds import.
func loadUniverse(tb testing.TB, seeds []seed) *universe {
	dir := testenv.TestData(tb)
	universeOnce.Do(func() {
		paths := map[string]bool{}
		for _, s := range seeds {
			f, err := parser.ParseFile(token.NewFileSet(), s.name, s.src, parser.ImportsOnly)
			if err != nil {
				continue
			}
			for _, imp := range f.Imports {
				if p, err := strconv.Unquote(imp.Path.Value); err == nil && p != "C" && p != "unsafe" {
					paths[p] = true
				}
			}
		}
		// Packages of the testdata module that do not compile are left
		// out, as are imports that no module provides.
		var patterns []string
		for p := range paths {
			if !strings.HasPrefix(p, "otellint.badinput/") && !strings.HasPrefix(p, "example.invalid/") {
				patterns = append(patterns, p)
			}
		}
		slices.Sort(patterns)
		fset := token.NewFileSet()
		cfg := &packages.Config{
			Mode: packages.NeedName | packages.NeedImports | packages.NeedDeps | packages.NeedTypes | packages.NeedTypesSizes,
			Dir:  dir,
			Env:  append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local"),
			Fset: fset,
		}
		pkgs, err := packages.Load(cfg, patterns...)
		if err != nil {
			universeErr = fmt.Errorf("loading the packages the seeds import: %v", err)
			return
		}
		u := &universe{fset: fset, pkgs: map[string]*types.Package{}}
		packages.Visit(pkgs, nil, func(p *packages.Package) {
			if p.Types != nil && len(p.Errors) == 0 {
				u.pkgs[p.PkgPath] = p.Types
				if u.sizes == nil {
					u.sizes = p.TypesSizes
				}
			}
		})
		if u.sizes == nil {
			universeErr = fmt.Errorf("no package of %v loaded", patterns)
			return
		}
		theUniverse = u
	})
	if universeErr != nil {
		tb.Fatal(universeErr)
	}
	return theUniverse
}

// importer resolves imports from the universe.
type importer struct{ u *universe }

func (i importer) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if p, ok := i.u.pkgs[path]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("package %q is not loaded", path)
}

// typeCheck parses and type-checks src as a package of its own and returns
// it in the shape the checker expects, marked ill-typed when it has type
// errors (then only the analyzers that run despite errors see it). It
// returns false when src does not parse, or when go/types itself fails on
// it: the driver stops at both, before any pass runs.
func typeCheck(u *universe, filename, src string) (pkg *packages.Package, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false // a go/types failure, not a pass's
		}
	}()
	// One file set for the input and its imports, as in a driver; the
	// caller removes the input's file after the run.
	fset := u.fset
	f, err := parser.ParseFile(fset, filename, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil || f.Name == nil || f.Name.Name == "_" {
		if tf := fileOf(fset, f); tf != nil {
			fset.RemoveFile(tf)
		}
		return nil, false
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Instances:    map[*ast.Ident]types.Instance{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		FileVersions: map[*ast.File]string{},
	}
	var typeErrs []types.Error
	conf := &types.Config{
		Importer:  importer{u},
		Sizes:     u.sizes,
		GoVersion: "go1.26",
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				typeErrs = append(typeErrs, te)
			}
		},
	}
	path := "otellint.test/fuzz/" + f.Name.Name
	tpkg, _ := conf.Check(path, fset, []*ast.File{f}, info)
	return &packages.Package{
		ID:              path,
		Name:            f.Name.Name,
		PkgPath:         path,
		GoFiles:         []string{filename},
		CompiledGoFiles: []string{filename},
		Fset:            fset,
		Syntax:          []*ast.File{f},
		Types:           tpkg,
		TypesInfo:       info,
		TypesSizes:      u.sizes,
		TypeErrors:      typeErrs,
		IllTyped:        len(typeErrs) > 0,
	}, true
}

// fileOf returns the token.File of a parsed (possibly partial) file.
func fileOf(fset *token.FileSet, f *ast.File) *token.File {
	if f == nil {
		return nil
	}
	return fset.File(f.FileStart)
}

// TestFuzzHarness checks that the fuzz target is not vacuous: most seeds
// must type-check against the universe, so that every pass runs on them.
func TestFuzzHarness(t *testing.T) {
	seeds := seedFiles(t)
	u := loadUniverse(t, seeds)
	well := 0
	for _, s := range seeds {
		pkg, ok := typeCheck(u, s.name, s.src)
		if !ok {
			continue
		}
		u.fset.RemoveFile(u.fset.File(pkg.Syntax[0].Pos()))
		if !pkg.IllTyped {
			well++
		} else if testing.Verbose() {
			t.Logf("%s: %v", s.name, pkg.TypeErrors[0])
		}
	}
	t.Logf("%d of %d seeds are well-typed on their own", well, len(seeds))
	if well*4 < len(seeds) {
		t.Errorf("only %d of %d seeds type-check on their own: the universe misses packages", well, len(seeds))
	}
}
