package piilog

import (
	_ "embed"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/docx"
	"github.com/otellint/otellint/internal/flagx"
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

// Config configures the pass. The JSON names are the golangci-lint
// plugin's settings; the flags of the same names are -piilog.<name>.
type Config struct {
	// Checks lists the enabled checks (categories).
	Checks []string `json:"checks"`
}

// DefaultConfig returns the configuration used when none is given.
func DefaultConfig() Config {
	return Config{Checks: []string{CategoryPiiField, CategoryPiiValue, CategoryWholeBody, CategoryPiiBaggage}}
}

// Validate reports the first problem of the configuration.
func (c Config) Validate() error {
	return flagx.ValidateChecks(c.Checks, Categories)
}

// NewAnalyzer returns a piilog analyzer for cfg, whose flags are bound to
// its own copy of cfg.
func NewAnalyzer(cfg Config) (*analysis.Analyzer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	c := &cfg
	a := &analysis.Analyzer{
		Name:     "piilog",
		Doc:      docx.MustExtract(doc, "piilog"),
		URL:      "https://pkg.go.dev/github.com/otellint/otellint/passes/piilog",
		Requires: []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer},
		Run:      func(pass *analysis.Pass) (any, error) { return run(pass, c) },
	}
	a.Flags.Var(flagx.Checks{P: &c.Checks, Known: Categories}, "checks", "comma-separated list of checks to run")
	return a, nil
}

// Analyzer is the piilog analyzer with the default configuration.
var Analyzer = func() *analysis.Analyzer {
	a, err := NewAnalyzer(DefaultConfig())
	if err != nil {
		panic(err)
	}
	return a
}()

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	_ = slices.Contains(cfg.Checks, "")
	return nil, nil
}
