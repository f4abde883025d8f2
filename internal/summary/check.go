package summary

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// compute returns the facts of every analyzer of the service on pkg, a
// package of the main module imported by the package of from: those a run
// of the driver offered, else those of the analyzer's Run applied to the
// package parsed and type-checked again, its diagnostics dropped. A
// package that cannot be checked again without errors has no facts.
func (s *Service) compute(from *analysis.Pass, pkg *types.Package, k pkgKey) map[*analysis.Analyzer]map[factKey]analysis.Fact {
	out := map[*analysis.Analyzer]map[factKey]analysis.Fact{}
	var base *analysis.Pass
	checked := false
	results := map[*analysis.Analyzer]any{}
	for _, a := range s.analyzers {
		s.mu.Lock()
		facts, ok := s.offered[offerKey{k, a}]
		s.mu.Unlock()
		if ok {
			out[a] = facts
			continue
		}
		if !checked {
			base, checked = recheck(from, pkg), true
		}
		if base == nil {
			continue
		}
		p := *base
		p.Analyzer = a
		p.ResultOf = map[*analysis.Analyzer]any{}
		if !require(base, a.Requires, results, p.ResultOf) {
			continue
		}
		exported := s.bind(&p, a, mainModule(from))
		if _, err := a.Run(&p); err == nil {
			out[a] = exported()
		}
	}
	return out
}

// require runs the analyzers rs (and what they require) on the checked
// package of base once, memoizing their results in results, and sets
// their results in resultOf. It reports whether all of them succeeded.
func require(base *analysis.Pass, rs []*analysis.Analyzer, results, resultOf map[*analysis.Analyzer]any) bool {
	for _, r := range rs {
		v, ok := results[r]
		if !ok {
			p := *base
			p.Analyzer = r
			p.ResultOf = map[*analysis.Analyzer]any{}
			if !require(base, r.Requires, results, p.ResultOf) {
				return false
			}
			var err error
			if v, err = r.Run(&p); err != nil {
				return false
			}
			results[r] = v
		}
		resultOf[r] = v
	}
	return true
}

// recheck parses and type-checks again the files of pkg, a package the
// driver loaded (from source or export data) and the package of from
// imports, directly or not. The files are those that declare pkg's
// objects: the files of the build. The imports are the packages the
// driver loaded. It returns a pass with no fact or report functions, or
// nil if a file cannot be read or the package has type errors.
func recheck(from *analysis.Pass, pkg *types.Package) *analysis.Pass {
	fset := from.Fset
	names := declFiles(fset, pkg)
	if len(names) == 0 {
		return nil
	}
	var files []*ast.File
	for _, name := range names {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		files = append(files, f)
	}
	loaded := map[string]*types.Package{}
	collect(pkg, loaded)
	collect(from.Pkg, loaded)
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
	failed := false
	conf := types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			if p := loaded[path]; p != nil {
				return p, nil
			}
			failed = true
			return nil, errNotLoaded
		}),
		Error: func(error) { failed = true },
		Sizes: from.TypesSizes,
	}
	if from.Module != nil && from.Module.GoVersion != "" {
		conf.GoVersion = "go" + strings.TrimPrefix(from.Module.GoVersion, "go")
	}
	tpkg, _ := conf.Check(pkg.Path(), fset, files, info)
	if failed || tpkg == nil {
		return nil
	}
	return &analysis.Pass{
		Fset:       fset,
		Files:      files,
		Pkg:        tpkg,
		TypesInfo:  info,
		TypesSizes: from.TypesSizes,
		Module:     from.Module,
		Report:     func(analysis.Diagnostic) {},
		ReadFile:   from.ReadFile,
	}
}

// declFiles returns the names of the files that declare the objects of
// pkg, its package-level ones and the methods of its types, in order.
func declFiles(fset *token.FileSet, pkg *types.Package) []string {
	names := map[string]bool{}
	add := func(pos token.Pos) {
		if f := fset.File(pos); f != nil && strings.HasSuffix(f.Name(), ".go") {
			names[f.Name()] = true
		}
	}
	scope := pkg.Scope()
	for _, n := range scope.Names() {
		obj := scope.Lookup(n)
		add(obj.Pos())
		if tn, ok := obj.(*types.TypeName); ok {
			if named, ok := tn.Type().(*types.Named); ok {
				for m := range named.Methods() {
					add(m.Pos())
				}
			}
		}
	}
	return slices.Sorted(maps.Keys(names))
}

// collect adds pkg and its transitive imports to loaded, by path.
func collect(pkg *types.Package, loaded map[string]*types.Package) {
	if pkg == nil || loaded[pkg.Path()] != nil {
		return
	}
	loaded[pkg.Path()] = pkg
	for _, imp := range pkg.Imports() {
		collect(imp, loaded)
	}
}

// isTestVariant reports whether the pass's package includes _test.go
// files.
func isTestVariant(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(f.FileStart).Name(), "_test.go") {
			return true
		}
	}
	return false
}

// importerFunc is a types.Importer made of a function.
type importerFunc func(path string) (*types.Package, error)

// Import returns the package with the given path.
func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// errNotLoaded is the error for an import the driver did not load.
var errNotLoaded = notLoaded{}

// notLoaded is the type of errNotLoaded.
type notLoaded struct{}

// Error says that the driver did not load a package.
func (notLoaded) Error() string { return "package not loaded by the driver" }
