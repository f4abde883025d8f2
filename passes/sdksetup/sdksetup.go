package sdksetup

import (
	_ "embed"
	"go/ast"

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
	CategoryCheck = "sdksetup-check"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryCheck}

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's sdksetup block and a flag -sdksetup.<name>.
type Config struct {
	Checks passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
}

// Pass declares the sdksetup pass.
var Pass = passkit.Pass[Config]{
	Name:       "sdksetup",
	Doc:        doc,
	Categories: Categories,
	Default:    Config{Checks: passkit.Checks{CategoryCheck}},
	Requires:   []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer},
	Run:        run,
}

// Analyzer is the sdksetup analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// checker holds the state of one run of the pass over a package.
type checker struct {
	pass   *analysis.Pass
	idx    *apis.Index
	cfg    *Config
	report func(analysis.Diagnostic)
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	if !idx.ImportsAny(apis.TracePkg) {
		return nil, nil // none of the APIs this pass checks: most packages
	}
	c := &checker{pass: pass, idx: idx, cfg: cfg, report: suppress.Reporter(pass)}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for file := range passkit.NonTestFiles(pass, ins) {
		for cur := range file.Preorder((*ast.CallExpr)(nil)) {
			c.call(cur.Node().(*ast.CallExpr))
		}
	}
	return nil, nil
}

// call checks one call.
func (c *checker) call(call *ast.CallExpr) {
	if !c.cfg.Checks.On(CategoryCheck) {
		return
	}
	_ = c.idx.Key(call) // the call's API, by object: recognise it here
}
