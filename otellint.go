// Package otellint is the registry of the otellint suite: the list of its
// passes, the suite configuration, and the one function that builds the
// analyzers from it. The standalone command, the go vet tool and the
// golangci-lint plugin all build their analyzers here, so they never
// disagree about which passes exist or what their options mean.
package otellint

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/passes/ctxpropagation"
	"github.com/otellint/otellint/passes/highcardinality"
	"github.com/otellint/otellint/passes/ignoredirective"
	"github.com/otellint/otellint/passes/instrumentcreation"
	"github.com/otellint/otellint/passes/piilog"
	"github.com/otellint/otellint/passes/rawlogging"
	"github.com/otellint/otellint/passes/spanend"
	"github.com/otellint/otellint/passes/spannaming"
)

// Config is the configuration of the whole suite: which passes run and
// each pass's own options. Its JSON form is the golangci-lint plugin's
// settings block; the same options are the -<pass>.<option> flags of the
// command.
type Config struct {
	// Enable, if not empty, lists the only passes to run.
	Enable []string `json:"enable,omitempty"`
	// Disable lists passes not to run.
	Disable []string `json:"disable,omitempty"`

	Spanend            spanend.Config            `json:"spanend"`
	Ctxpropagation     ctxpropagation.Config     `json:"ctxpropagation"`
	Spannaming         spannaming.Config         `json:"spannaming"`
	Highcardinality    highcardinality.Config    `json:"highcardinality"`
	Rawlogging         rawlogging.Config         `json:"rawlogging"`
	Piilog             piilog.Config             `json:"piilog"`
	Instrumentcreation instrumentcreation.Config `json:"instrumentcreation"`
}

// DefaultConfig returns the configuration of a run with no options: every
// pass, with its defaults.
func DefaultConfig() Config {
	return Config{
		Spanend:            spanend.DefaultConfig(),
		Ctxpropagation:     ctxpropagation.DefaultConfig(),
		Spannaming:         spannaming.DefaultConfig(),
		Highcardinality:    highcardinality.DefaultConfig(),
		Rawlogging:         rawlogging.DefaultConfig(),
		Piilog:             piilog.DefaultConfig(),
		Instrumentcreation: instrumentcreation.DefaultConfig(),
	}
}

// Pass describes one pass of the suite.
type Pass struct {
	Name string
	// Categories are the stable categories of its diagnostics.
	Categories []string
	// New builds the pass's analyzer from the suite configuration.
	New func(cfg *Config) (*analysis.Analyzer, error)
}

// Passes is the list of the suite's passes, in the order they are run and
// documented. It is the only such list.
var Passes = []Pass{
	{"spanend", spanend.Categories, func(c *Config) (*analysis.Analyzer, error) { return spanend.NewAnalyzer(c.Spanend) }},
	{"ctxpropagation", ctxpropagation.Categories, func(c *Config) (*analysis.Analyzer, error) { return ctxpropagation.NewAnalyzer(c.Ctxpropagation) }},
	{"spannaming", spannaming.Categories, func(c *Config) (*analysis.Analyzer, error) { return spannaming.NewAnalyzer(c.Spannaming) }},
	{"highcardinality", highcardinality.Categories, func(c *Config) (*analysis.Analyzer, error) { return highcardinality.NewAnalyzer(c.Highcardinality) }},
	{"rawlogging", rawlogging.Categories, func(c *Config) (*analysis.Analyzer, error) { return rawlogging.NewAnalyzer(c.Rawlogging) }},
	{"piilog", piilog.Categories, func(c *Config) (*analysis.Analyzer, error) { return piilog.NewAnalyzer(c.Piilog) }},
	{"instrumentcreation", instrumentcreation.Categories, func(c *Config) (*analysis.Analyzer, error) {
		return instrumentcreation.NewAnalyzer(c.Instrumentcreation)
	}},
}

func init() {
	// The directive checker comes last and must know every pass name; it
	// is added here to break the initialisation cycle through Passes.
	Passes = append(Passes, Pass{"ignoredirective", ignoredirective.Categories, newIgnoreDirective})
}

// newIgnoreDirective builds the directive checker.
func newIgnoreDirective(*Config) (*analysis.Analyzer, error) {
	return ignoredirective.NewAnalyzer(ignoredirective.Config{PassNames: Names()})
}

// Names returns the names of every pass.
func Names() []string {
	names := make([]string, len(Passes))
	for i, p := range Passes {
		names[i] = p.Name
	}
	return names
}

// Analyzers builds the analyzers that cfg enables, in registry order. An
// unknown pass name in Enable or Disable, or a bad pass option, is an
// error.
func Analyzers(cfg Config) ([]*analysis.Analyzer, error) {
	names := Names()
	for _, n := range append(slices.Clone(cfg.Enable), cfg.Disable...) {
		if !slices.Contains(names, n) {
			return nil, fmt.Errorf("unknown pass %q (passes: %s)", n, strings.Join(names, ", "))
		}
	}
	var out []*analysis.Analyzer
	for _, p := range Passes {
		if len(cfg.Enable) > 0 && !slices.Contains(cfg.Enable, p.Name) {
			continue
		}
		if slices.Contains(cfg.Disable, p.Name) {
			continue
		}
		a, err := p.New(&cfg)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", p.Name, err)
		}
		out = append(out, a)
	}
	return out, nil
}
