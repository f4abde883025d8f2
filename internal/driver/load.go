package driver

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedTypes | packages.NeedTypesSizes |
	packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule

// load loads the packages matching patterns from source, their
// dependencies from export data. When facts are needed, the packages of
// the main module that the matched packages import are loaded from source
// too (and only those), and each package's Imports is narrowed to the
// packages loaded from source, so that the checker computes facts for the
// module's own code and never type-checks third-party code from source.
//
// roots are the matched packages (without the generated test mains); all
// is every package loaded from source. importErrs holds, by package ID, the
// errors of the imports that narrowing removed (such as why the go command
// could not find one), for the error report.
func load(dir string, patterns []string, tests, facts bool) (roots, all []*packages.Package, importErrs map[string][]packages.Error, err error) {
	cfg := &packages.Config{Mode: loadMode, Tests: tests, Dir: dir}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, nil, nil, err
	}
	if listFailed(pkgs) {
		if err := goCommandError(dir, patterns); err != nil {
			return nil, nil, nil, err
		}
		if len(pkgs) == 0 {
			return nil, nil, nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
		}
	}
	if facts {
		// When the patterns cover the whole main module (./... at its root),
		// the only main-module packages left out are those that no build
		// of this platform includes (build tags, testdata): they are not
		// worth a second load, and a missing fact only ever hides a finding.
		if missing := missingModuleImports(pkgs); len(missing) > 0 && !coversModule(dir, patterns, pkgs) {
			extra, err := moduleDeps(dir, patterns, tests, pkgs)
			if err != nil {
				return nil, nil, nil, err
			}
			want := map[string]bool{}
			for _, p := range pkgs {
				want[p.ID] = true
			}
			more, err := packages.Load(cfg, append(patterns, extra...)...)
			if err != nil {
				return nil, nil, nil, err
			}
			pkgs = more
			for _, p := range more {
				if want[p.ID] {
					roots = append(roots, p)
				}
			}
			all = more
			return dropTestMains(roots), all, wireImports(all), nil
		}
		importErrs = wireImports(pkgs)
	}
	return dropTestMains(pkgs), pkgs, importErrs, nil
}

// dropTestMains removes the generated main packages of test binaries.
func dropTestMains(pkgs []*packages.Package) []*packages.Package {
	out := pkgs[:0:0]
	for _, p := range pkgs {
		if p.Name == "main" && strings.HasSuffix(p.ID, ".test") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// mainModules returns the paths of the main modules of the loaded
// packages.
func mainModules(pkgs []*packages.Package) []string {
	var mods []string
	for _, p := range pkgs {
		if p.Module != nil && p.Module.Main {
			found := false
			for _, m := range mods {
				found = found || m == p.Module.Path
			}
			if !found {
				mods = append(mods, p.Module.Path)
			}
		}
	}
	return mods
}

func inModules(path string, mods []string) bool {
	for _, m := range mods {
		if path == m || strings.HasPrefix(path, m+"/") {
			return true
		}
	}
	return false
}

// missingModuleImports returns the import paths of main-module packages
// imported by the loaded packages but not loaded themselves.
func missingModuleImports(pkgs []*packages.Package) []string {
	mods := mainModules(pkgs)
	loaded := map[string]bool{}
	for _, p := range pkgs {
		loaded[p.ID] = true
	}
	var missing []string
	for _, p := range pkgs {
		for _, imp := range p.Imports {
			if !loaded[imp.ID] && inModules(imp.PkgPath, mods) {
				missing = append(missing, imp.PkgPath)
				loaded[imp.ID] = true
			}
		}
	}
	return missing
}

// moduleDeps lists, without type-checking anything, every main-module
// package that the packages matching patterns depend on.
func moduleDeps(dir string, patterns []string, tests bool, loaded []*packages.Package) ([]string, error) {
	mods := mainModules(loaded)
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedImports | packages.NeedDeps | packages.NeedModule, Tests: tests, Dir: dir}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.ID == p.PkgPath && inModules(p.PkgPath, mods) && !seen[p.PkgPath] {
			seen[p.PkgPath] = true
			out = append(out, p.PkgPath)
		}
	})
	return out, nil
}

// wireImports narrows each package's Imports to the packages loaded from
// source, so that analyses with facts run on those and not on packages
// known only from export data. It returns the errors of the imports it
// removed, by importing package ID.
//
// This relies on a behaviour of checker.Analyze that its documentation
// does not promise: it builds the graph of actions by following
// packages.Package.Imports (not the imports of the types.Package), runs an
// analyzer with facts on every package it reaches that way, and treats a
// package it does not reach as having no facts. The types are unaffected:
// each package was type-checked before narrowing, against export data for
// the dependencies outside the module. TestFactsAcrossModulePackages
// guards this: if a new x/tools stops following Imports, facts stop
// flowing between the module's packages and that test fails.
func wireImports(pkgs []*packages.Package) map[string][]packages.Error {
	errs := map[string][]packages.Error{}
	byID := map[string]*packages.Package{}
	for _, p := range pkgs {
		byID[p.ID] = p
	}
	for _, p := range pkgs {
		narrowed := make(map[string]*packages.Package, len(p.Imports))
		for path, imp := range p.Imports {
			if src, ok := byID[imp.ID]; ok && src.Types != nil && src.TypesInfo != nil {
				narrowed[path] = src
			} else {
				errs[p.ID] = append(errs[p.ID], imp.Errors...)
			}
		}
		p.Imports = narrowed
	}
	return errs
}

// coversModule reports whether one of the patterns matches every package
// of a main module: "./..." run in the module's root directory, or the
// module path followed by "/...".
func coversModule(dir string, patterns []string, pkgs []*packages.Package) bool {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return false
	}
	for _, p := range pkgs {
		m := p.Module
		if m == nil || !m.Main {
			continue
		}
		for _, pat := range patterns {
			if pat == m.Path+"/..." || (pat == "./..." || pat == "...") && filepath.Clean(m.Dir) == abs {
				return true
			}
		}
	}
	return false
}

// listFailed reports whether the go command found no package to load:
// none matched, or each one it returned is only an error.
func listFailed(pkgs []*packages.Package) bool {
	for _, p := range pkgs {
		if len(p.GoFiles)+len(p.CompiledGoFiles) > 0 || slices.ContainsFunc(p.Errors, func(e packages.Error) bool { return e.Kind != packages.ListError }) {
			return false
		}
	}
	return true
}

// goCommandError returns the go command's own account of why the patterns
// match nothing, in its words: outside a module, that go.mod is missing;
// otherwise what "go list" says of the patterns (nil if it says nothing).
// It runs only when loading has already failed.
func goCommandError(dir string, patterns []string) error {
	env := exec.Command("go", "env", "GOMOD")
	env.Dir = dir
	if out, err := env.Output(); err == nil && strings.TrimSpace(string(out)) == os.DevNull {
		return errors.New("go.mod file not found in current directory or any parent directory; see 'go help modules'")
	}
	list := exec.Command("go", append([]string{"list", "-f", "{{.ImportPath}}", "--"}, patterns...)...)
	list.Dir = dir
	var stderr bytes.Buffer
	list.Stderr = &stderr
	if err := list.Run(); err == nil && stderr.Len() == 0 {
		return nil
	}
	msg := strings.TrimSpace(stderr.String())
	if msg == "" {
		return nil
	}
	return errors.New(strings.TrimPrefix(msg, "go: "))
}
