// Package otellint is the registry of the otellint suite: the list of its
// passes, the suite configuration, and the one function that builds the
// analyzers from it. The standalone command, the go vet tool and the
// golangci-lint plugin all build their analyzers here, so they never
// disagree about which passes exist or what their options mean.
package otellint

//go:generate go test -run=^TestGenerated$ -update .

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/passes/ctxpropagation"
	"github.com/otellint/otellint/passes/highcardinality"
	"github.com/otellint/otellint/passes/ignoredirective"
	"github.com/otellint/otellint/passes/instrumentcreation"
	"github.com/otellint/otellint/passes/metricdef"
	"github.com/otellint/otellint/passes/piilog"
	"github.com/otellint/otellint/passes/rawlogging"
	"github.com/otellint/otellint/passes/sdksetup"
	"github.com/otellint/otellint/passes/semconv"
	"github.com/otellint/otellint/passes/spanend"
	"github.com/otellint/otellint/passes/spannaming"
)

// Passes lists the suite's passes, one line each, in the order they are
// run and documented. It is the only such list.
var Passes = []passkit.Declared{
	&spanend.Pass,
	&ctxpropagation.Pass,
	&spannaming.Pass,
	&highcardinality.Pass,
	&rawlogging.Pass,
	&piilog.Pass,
	&instrumentcreation.Pass,
	&metricdef.Pass,
	&semconv.Pass,
	&sdksetup.Pass,
}

// Directives is the pass that checks the suite's own suppression comments.
// It is not configured like the others: [Analyzers] builds it last, with
// the names of the passes it may silence.
var Directives = &ignoredirective.Pass

// All returns every pass of the suite, the directive checker last: what
// the documentation and "otellint help" list.
func All() []passkit.Declared {
	return append(slices.Clone(Passes), Directives)
}

// Names returns the names of every pass, the directive checker's included.
func Names() []string {
	var names []string
	for _, p := range All() {
		names = append(names, p.Info().Name)
	}
	return names
}

// Analyzers builds the analyzers that cfg enables, in registry order, the
// directive checker last. An unknown pass name in Enable or Disable, or a
// bad pass option, is an error.
func Analyzers(cfg Config) ([]*analysis.Analyzer, error) {
	names := Names()
	for _, n := range append(slices.Clone(cfg.Enable), cfg.Disable...) {
		if !slices.Contains(names, n) {
			return nil, fmt.Errorf("unknown pass %q (passes: %s)", n, strings.Join(names, ", "))
		}
	}
	on := func(name string) bool {
		return (len(cfg.Enable) == 0 || slices.Contains(cfg.Enable, name)) && !slices.Contains(cfg.Disable, name)
	}
	var out []*analysis.Analyzer
	for _, p := range Passes {
		name := p.Info().Name
		if !on(name) {
			continue
		}
		a, err := p.NewAnalyzer(cfg.Passes[name])
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		out = append(out, a)
	}
	if on(Directives.Name) {
		a, err := Directives.New(ignoredirective.Config{PassNames: names})
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}
