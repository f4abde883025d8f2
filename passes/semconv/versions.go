package semconv

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/mod/semver"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
)

// semconvImport is an import of a semconv package (or of one of its
// subpackages, such as semconv/v1.26.0/httpconv) in a non-test file.
type semconvImport struct {
	Version string // "v1.26.0"
	Path    string
	spec    *ast.ImportSpec
	root    bool // the version's own package, not a subpackage
	file    int  // the index of the file among those given
}

// semconvImports returns the imports of semconv packages in files: the
// one thing the pass needs to know of a package to compare the versions
// of a module. It is a pure function of the package's syntax, so that it
// can be computed from facts or from a summary of the package alike.
func semconvImports(files []*ast.File) []semconvImport {
	var out []semconvImport
	for i, f := range files {
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				continue
			}
			if v, root, ok := apis.SemconvVersion(path); ok {
				out = append(out, semconvImport{Version: v, Path: path, spec: spec, root: root, file: i})
			}
		}
	}
	return out
}

// versionsFact records the semconv versions that a package of the main
// module imports, itself or through the module's packages it imports:
// the versions its importers in the module compare theirs with.
type versionsFact struct {
	// Module is the path of the package's module: versions from another
	// module (a library with its own semconv) are no concern of this
	// one's.
	Module string
	// Uses lists one importer per version, the oldest versions first.
	Uses []versionUse
}

// versionUse is a version and a package of the module that imports it.
type versionUse struct {
	Version string
	Package string
}

// AFact marks versionsFact as an analysis fact.
func (*versionsFact) AFact() {}

// String describes the fact, as the tests expect it.
func (f *versionsFact) String() string {
	var parts []string
	for _, u := range f.Uses {
		parts = append(parts, u.Version+" in "+u.Package)
	}
	return "semconv " + strings.Join(parts, ", ")
}

// merge adds a use of a version not yet recorded.
func (f *versionsFact) merge(u versionUse) {
	if slices.ContainsFunc(f.Uses, func(x versionUse) bool { return x.Version == u.Version }) {
		return
	}
	f.Uses = append(f.Uses, u)
	slices.SortFunc(f.Uses, func(a, b versionUse) int { return semver.Compare(a.Version, b.Version) })
}

// newest returns the newest version recorded.
func (f *versionsFact) newest() (versionUse, bool) {
	if len(f.Uses) == 0 {
		return versionUse{}, false
	}
	return f.Uses[len(f.Uses)-1], true
}

// versions checks the semconv versions of the package, whose files and
// their cursors are given, and exports them:
//
//   - two versions imported by the package: an import of the older one
//     is reported when a key the file uses from it differs in the newer
//     one (mixed-versions, mixed.go);
//   - a version older than one that a package of the module it imports
//     uses: the import is reported when a key the file uses from it is
//     deprecated by the newest conventions (mixed-versions);
//   - a version older than min-version: the import is reported.
//
// The versions of the module's packages that the package does not import
// (its importers, its siblings) are not known here: a package is compared
// with what it depends on.
func (c *checker) versions(files []*ast.File, cursors []inspector.Cursor) {
	if len(files) == 0 {
		return // only generated files (a test main)
	}
	own := semconvImports(files)
	module := ""
	if c.pass.Module != nil {
		module = c.pass.Module.Path
	}
	fact := &versionsFact{Module: module}
	for _, imp := range own {
		fact.merge(versionUse{Version: imp.Version, Package: c.pass.Pkg.Path()})
	}
	local := *fact
	local.Uses = slices.Clone(fact.Uses)
	// The module's versions as its imported packages record them.
	deps := &versionsFact{}
	if module != "" {
		for _, imp := range c.pass.Pkg.Imports() {
			var f versionsFact
			if !reachesSemconv(imp) {
				continue // no version to record: do not ask for its facts
			}
			if c.pass.ImportPackageFact(imp, &f) && f.Module == module {
				for _, u := range f.Uses {
					fact.merge(u)
					deps.merge(u)
				}
			}
		}
	}
	if len(fact.Uses) > 0 {
		c.pass.ExportPackageFact(fact)
	}
	if len(own) == 0 || !c.on(CategoryMixedVersions) {
		return
	}
	newestHere, _ := local.newest()
	newestDep, hasDep := deps.newest()
	var newerSpec *ast.ImportSpec
	for _, imp := range own {
		if imp.Version == newestHere.Version {
			newerSpec = imp.spec
			break
		}
	}
	newerHere := c.importedRoot(newestHere.Version) // nil when only a subpackage of it is imported
	for _, imp := range own {
		var older *types.Package
		if imp.root {
			older = c.importedRoot(imp.Version)
		}
		file := cursors[imp.file]
		if older != nil && semver.Compare(imp.Version, newestHere.Version) < 0 {
			if u, why, ok := c.differingUse(file, older, newerHere); ok {
				if newerHere != nil {
					why = fmt.Sprintf("which %s does not declare", newestHere.Version) + parenthesized(why)
				}
				c.mixed(imp, u, fmt.Sprintf("package imports semconv %s here and %s at %s, and uses %s of %s, %s: its telemetry mixes attribute names of two versions of the conventions, which dashboards and queries see as different attributes; use %s throughout", imp.Version, newestHere.Version, c.where(newerSpec.Pos()), useText(u), imp.Version, why, newestHere.Version), newerSpec)
				continue
			}
		}
		if older != nil && hasDep && semver.Compare(imp.Version, newestDep.Version) < 0 {
			// Only the dependency's version number is known here.
			if u, why, ok := c.differingUse(file, older, nil); ok {
				c.mixed(imp, u, fmt.Sprintf("package imports semconv %s while package %s of this module uses %s, and uses %s from it, %s: services of one module should emit one version of the conventions; move to %s", imp.Version, newestDep.Package, newestDep.Version, useText(u), why, newestDep.Version), nil)
				continue
			}
		}
		if c.cfg.MinVersion != "" && semver.Compare(imp.Version, c.cfg.MinVersion) < 0 {
			c.report(analysis.Diagnostic{Pos: imp.spec.Pos(), End: imp.spec.End(), Category: CategoryMixedVersions,
				Message: fmt.Sprintf("semconv %s is older than %s, the oldest version this project accepts (min-version); move to %s or later", imp.Version, c.cfg.MinVersion, c.cfg.MinVersion)})
		}
	}
}

// parenthesized returns " (why)", or "" for no why.
func parenthesized(why string) string {
	if why == "" {
		return ""
	}
	return " (" + why + ")"
}

// mixed reports an import of an older semconv version whose key u differs
// in the newer version, imported at newer when the package imports it.
func (c *checker) mixed(imp semconvImport, u keyUse, msg string, newer *ast.ImportSpec) {
	d := analysis.Diagnostic{Pos: imp.spec.Pos(), End: imp.spec.End(), Category: CategoryMixedVersions, Message: msg}
	d.Related = []analysis.RelatedInformation{{Pos: u.id.Pos(), End: u.id.End(), Message: fmt.Sprintf("%s of semconv %s is used here", useText(u), imp.Version)}}
	if newer != nil {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: newer.Pos(), End: newer.End(), Message: "the newer version is imported here"})
	}
	c.report(d)
}

// where returns the file base name and line of pos.
func (c *checker) where(pos token.Pos) string {
	p := c.pass.Fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// semconvReach memoizes reachesSemconv for every package seen in the
// process.
var semconvReach sync.Map // *types.Package -> bool

// reachesSemconv reports whether pkg or one of its transitive imports is
// a semconv package: only then can its facts record a version. Asking for
// no other package's facts spares the drivers that compute facts on
// demand (the golangci-lint plugin) checking it again.
func reachesSemconv(pkg *types.Package) bool {
	return reaches(pkg, map[*types.Package]bool{})
}

// reaches is reachesSemconv, visiting guarding against an import cycle,
// which only broken code has.
func reaches(pkg *types.Package, visiting map[*types.Package]bool) bool {
	if v, ok := semconvReach.Load(pkg); ok {
		return v.(bool)
	}
	if visiting[pkg] {
		return false
	}
	visiting[pkg] = true
	_, _, found := apis.SemconvVersion(pkg.Path())
	for _, imp := range pkg.Imports() {
		if found {
			break
		}
		found = reaches(imp, visiting)
	}
	semconvReach.Store(pkg, found)
	return found
}
