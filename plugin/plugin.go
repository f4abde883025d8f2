// Package plugin is the otellint module plugin for golangci-lint v2. A
// custom golangci-lint binary that blank-imports it (see .custom-gcl.yml)
// gains the linter "otellint", which runs the analyzers of the suite's
// registry with the same configuration as the otellint command. Enabling
// it is all the configuration it needs:
//
//	linters:
//	  enable: [otellint]
//	  settings:
//	    custom:
//	      otellint:
//	        type: module
//	        settings:             # optional
//	          disable: [piilog]
//	          spanend:
//	            checks: [missing-end, discarded-span]
//
// The settings are otellint.Config in its JSON form: "enable" and
// "disable" list pass names, and each pass has a block of its options
// under the pass name, with the option names of its -<pass>.<option>
// flags. Options left out keep their defaults. An unknown key, an unknown
// pass, a bad option value, or a setting written beside "settings:"
// instead of inside it stops golangci-lint at start-up with an error that
// names the block.
//
// golangci-lint runs one analyzer, [Fold], which reports the passes'
// findings so that golangci-lint's defaults show every one of them: the
// related positions in the message, and two findings on one line in one
// message.
//
// # Facts
//
// Some passes learn what the functions of a package do and use it where
// other packages call them: spanend (helpers that start, end or mark a
// span), spannaming (wrappers that pass a span name on),
// instrumentcreation (functions that create instruments or loggers),
// sdksetup (functions that shut a provider down), ctxpropagation
// (functions that only wait on a context), highcardinality (functions
// that return unbounded attributes), rawlogging (printers, whose calls
// are reported like those of fmt.Print) and semconv (the semconv versions
// of a module's packages). Standalone and under go vet they
// carry it as analysis facts. golangci-lint runs an analyzer that declares
// facts on every package the linted ones import, the standard library and
// every module included, and type-checks from source those whose facts its
// cache does not hold: an empty cache, as in a CI job without a restored
// one, costs several times a linter without facts.
//
// So the plugin builds the passes in summary mode (internal/summary): they
// declare no facts, and when one needs the facts of a package of the main
// module that the package being linted imports, the plugin computes them
// once per process with the pass's own code, from that package's files
// (the files of the build, found from the positions of its objects)
// parsed and type-checked again against the packages golangci-lint loaded;
// a package golangci-lint has already analyzed in the process gives the
// facts its run computed, the same ones. Packages outside the main module
// have no facts, as in the standalone run. The facts are a function of
// the module's source only, so the findings depend neither on
// golangci-lint's cache nor on the order of its work, and they are those
// of the standalone run. A package of the main module that cannot be
// type-checked again without errors (cgo, or an import golangci-lint did
// not load) gives no facts: its callers are judged as calls to code the
// passes cannot see, as they would be for a dependency.
package plugin

import (
	"fmt"
	"os"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/summary"
)

// Name is the name of the linter in golangci-lint's configuration.
const Name = "otellint"

func init() {
	register.Plugin(Name, New)
}

// Plugin is the otellint linter of golangci-lint.
type Plugin struct {
	analyzers []*analysis.Analyzer // what golangci-lint runs
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New returns the plugin for the raw settings golangci-lint decoded from
// its configuration file. The analyzers are built here, so a bad setting
// is reported when golangci-lint starts rather than when it lints.
func New(settings any) (register.LinterPlugin, error) {
	if wd, err := os.Getwd(); err == nil {
		if err := checkBlock(os.Args[1:], wd); err != nil {
			return nil, fmt.Errorf("otellint settings: %w", err)
		}
	}
	cfg, err := DecodeSettings(settings)
	if err != nil {
		return nil, err
	}
	as, err := otellint.Analyzers(cfg)
	if err != nil {
		return nil, fmt.Errorf("otellint settings: %w", err)
	}
	// No FactTypes: golangci-lint would run the passes on every
	// dependency, from source when its cache is cold.
	if as, err = summary.Analyzers(as); err != nil {
		return nil, err
	}
	return &Plugin{analyzers: []*analysis.Analyzer{Fold(as)}}, nil
}

// DecodeSettings returns the suite configuration of the raw settings: the
// defaults of otellint.DefaultConfig with the user's settings laid over
// them (otellint.Config's JSON form). A key that is not a setting, an
// option a pass does not have, or a value of the wrong type is an error
// naming the pass block; pass names and option values are checked by
// otellint.Analyzers.
func DecodeSettings(settings any) (otellint.Config, error) {
	if settings == nil {
		return otellint.DefaultConfig(), nil
	}
	cfg, err := register.DecodeSettings[otellint.Config](settings)
	if err != nil {
		return cfg, fmt.Errorf("otellint settings: %w", err)
	}
	if cfg.Passes == nil { // an empty block
		cfg = otellint.DefaultConfig()
	}
	return cfg, nil
}

// BuildAnalyzers returns the analyzer golangci-lint runs: [Fold] of the
// passes the settings enable.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode reports that the passes need type information.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
