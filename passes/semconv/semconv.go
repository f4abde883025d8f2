package semconv

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/mod/semver"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/suppress"
)

//go:embed doc.go
var doc string

// The categories of the diagnostics of this pass, one per check.
const (
	CategoryDeprecatedAttribute = "deprecated-attribute"
	CategoryDeprecatedMetric    = "deprecated-metric"
	CategoryAttributeType       = "attribute-type"
	CategoryMetricShape         = "metric-shape"
	CategoryReservedNamespace   = "reserved-namespace"
	CategoryKeySyntax           = "key-syntax"
	CategorySchemaConflict      = "schema-conflict"
	CategoryMixedVersions       = "mixed-versions"
)

// Categories lists every check of the pass.
var Categories = []string{
	CategoryDeprecatedAttribute, CategoryDeprecatedMetric, CategoryAttributeType, CategoryMetricShape,
	CategoryReservedNamespace, CategoryKeySyntax, CategorySchemaConflict, CategoryMixedVersions,
}

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's semconv block and a flag -semconv.<name>.
type Config struct {
	Checks passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
	// MinVersion is normalised to "vX.Y.Z" by Validate.
	MinVersion string `json:"min-version" help:"oldest semconv package version the project accepts (such as v1.26.0); an import of an older one is reported as mixed-versions"`
	// ExtraDeprecated are the project's own renames, "old=new".
	ExtraDeprecated []string `json:"extra-deprecated" help:"comma-separated in-house attribute renames old=new, reported as deprecated-attribute with a fix"`
	IncludeTests    bool     `json:"include-tests" help:"also check _test.go files"`
}

// Validate checks the minimum version and the renames.
func (c *Config) Validate() error {
	if c.MinVersion != "" {
		v := c.MinVersion
		if !strings.HasPrefix(v, "v") {
			v = "v" + v
		}
		if !semver.IsValid(v) || semver.Canonical(v) != v {
			return fmt.Errorf("min-version %q: want a semconv version such as v1.26.0", c.MinVersion)
		}
		c.MinVersion = v
	}
	for _, r := range c.ExtraDeprecated {
		old, new, ok := strings.Cut(r, "=")
		// The old key may be malformed: that can be why it is renamed.
		if !ok || old == "" || syntaxProblem(new) != "" || old == new {
			return fmt.Errorf("extra-deprecated %q: want old=new, two different attribute keys, the new one well-formed", r)
		}
	}
	return nil
}

// Pass declares the semconv pass.
var Pass = passkit.Pass[Config]{
	Name:       "semconv",
	Doc:        doc,
	Categories: Categories,
	Default:    Config{Checks: passkit.Checks(Categories)},
	Requires:   []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer},
	FactTypes:  []analysis.Fact{(*versionsFact)(nil)},
	Run:        run,
}

// Analyzer is the semconv analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// checker holds the state of one run of the pass over a package.
type checker struct {
	pass   *analysis.Pass
	idx    *apis.Index
	cfg    *Config
	report func(analysis.Diagnostic)
	extra  map[string]string // the project's renames, old -> new

	file     *ast.File          // the file being walked
	reported map[token.Pos]bool // the key expressions already reported
	pending  []*pendingFix      // the renamed keys of the file (fix.go)
	// declared are the keys the package sets through declared constants,
	// and upper the written keys with upper-case letters, reported at
	// the end of the package against them (convention.go).
	declared map[string]bool
	upper    []*keySite
	// promLabels are the label names of the package's Prometheus
	// metrics (convention.go).
	promLabels map[string]bool
}

// run walks the package's files once: the import specs for the versions,
// the attribute constructors for their keys, the instrument constructors
// for their names, the resource constructors for their schema URLs.
func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	sup := pass.ResultOf[suppress.Analyzer].(*suppress.Index)
	c := &checker{pass: pass, idx: idx, cfg: cfg, report: suppress.Reporter(pass), reported: map[token.Pos]bool{}}

	var files []*ast.File
	var cursors []inspector.Cursor
	for fc := range ins.Root().Children() {
		file, ok := fc.Node().(*ast.File)
		if !ok || sup.GeneratedFile(pass.Fset, file) {
			continue
		}
		if !cfg.IncludeTests && passkit.IsTestFile(pass.Fset, file.FileStart) {
			continue // tests assert old keys on purpose
		}
		files = append(files, file)
		cursors = append(cursors, fc)
	}
	// The versions are exported whatever else the package uses: its
	// importers in the module compare theirs with them. They are checked
	// after the keys, so that a key reported where it is set is not
	// reported again at its import (mixed.go).
	defer c.versions(files, cursors)
	if !idx.ImportsAny(apis.AttributePkg, apis.MetricPkg, apis.ResourcePkg) {
		return nil, nil // no attribute, instrument or resource is built here
	}
	c.extra = extraRenames(cfg.ExtraDeprecated)
	// An enum member of a semconv package is named through the package's
	// name: without such an import, no selector is one, and the walk
	// need not stop at every selector.
	filter := []ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}
	if slices.ContainsFunc(pass.Pkg.Imports(), isSemconvRoot) {
		filter = append(filter, (*ast.SelectorExpr)(nil))
	}
	for i, fc := range cursors {
		c.file = files[i]
		callee := idx.Callees(fc)
		for cur := range fc.Preorder(filter...) {
			switch n := cur.Node().(type) {
			case *ast.CallExpr:
				c.call(cur, n, callee(cur))
			case *ast.CompositeLit:
				c.notePromLabels(n)
				if s, ok := c.keyValueLit(n); ok {
					s.at = cur
					c.checkKey(s)
				}
			case *ast.SelectorExpr:
				if s, ok := c.enumMember(cur, n); ok {
					s.at = cur
					c.checkKey(s)
				}
			}
		}
		c.fixFile()
	}
	c.reportCase()
	return nil, nil
}

// call dispatches a call of fn (nil for a function value) to the check of
// the API it calls.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	if s, ok := c.attributeCall(call, fn); ok {
		s.at = cur
		c.checkKey(s)
		return
	}
	switch k := c.idx.Key(call); {
	case k == "":
	case slices.Contains(apis.PromNewVec, k):
		if len(call.Args) == 2 {
			c.notePromLabelNames(call.Args[1])
		}
	case k == apis.ResourceMerge || k == apis.ResourceNew:
		if c.on(CategorySchemaConflict) {
			c.schemaConflict(cur, call, k)
		}
	default:
		if in, ok := apis.Instruments[k]; ok {
			c.instrument(call, in)
		}
	}
}

// on reports whether the check of the category is enabled.
func (c *checker) on(category string) bool { return c.cfg.Checks.On(category) }

// extraRenames parses the validated extra-deprecated option.
func extraRenames(list []string) map[string]string {
	if len(list) == 0 {
		return nil
	}
	m := make(map[string]string, len(list))
	for _, r := range list {
		old, new, _ := strings.Cut(r, "=")
		m[old] = new
	}
	return m
}
