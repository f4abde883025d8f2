package instrumentcreation_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/summary/summarytest"
	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/instrumentcreation"
)

// scenarios are the testdata packages analysed with the default
// configuration.
var scenarios = []string{
	"instruments", "article", "providers", "lookups", "loops", "prom", "cmd/server",
	"helpers/metrics", "helpers/app", "instrumentation", "examples", "loggers", "loggerhelpers/logs", "loggerhelpers/app", "parentprovider", "testsupport", "setupctx",
	"derivedloggers", "provisioning", "periodic", "loggerfactory", "registries", "registries/tenants",
}

func TestInstrumentCreation(t *testing.T) {
	var pkgs []string
	for _, s := range scenarios {
		pkgs = append(pkgs, "otellint.test/instrumentcreation/"+s)
	}
	analysistest.Run(t, testenv.TestData(t), instrumentcreation.Analyzer, pkgs...)
}

func TestChecksOption(t *testing.T) {
	a, err := instrumentcreation.Pass.New(instrumentcreation.Config{
		Checks: []string{instrumentcreation.CategoryInstrumentPerRequest, instrumentcreation.CategoryProviderPerRequest},
	})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testenv.TestData(t), a, "otellint.test/instrumentcreation/configured")
}

func TestConfig(t *testing.T) {
	if _, err := instrumentcreation.Pass.New(instrumentcreation.Config{Checks: []string{"instrument-per-call"}}); err == nil || !strings.Contains(err.Error(), "instrument-per-call") {
		t.Errorf("unknown check: got error %v, want one naming it", err)
	}
	a, err := instrumentcreation.Pass.New(instrumentcreation.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	f := a.Flags.Lookup("checks")
	if f == nil {
		t.Fatal("no checks flag")
	}
	if err := f.Value.Set("lookup-per-request,bogus"); err == nil {
		t.Error("setting an unknown check: no error")
	}
	if err := f.Value.Set("lookup-per-request"); err != nil {
		t.Errorf("setting a known check: %v", err)
	}
	if got := f.Value.String(); got != "lookup-per-request" {
		t.Errorf("checks = %q after Set", got)
	}
	// The default analyzer's flags are its own.
	if got := instrumentcreation.Analyzer.Flags.Lookup("checks").Value.String(); !strings.Contains(got, "instrument-per-request") {
		t.Errorf("default analyzer checks changed to %q", got)
	}
	for _, c := range instrumentcreation.Categories {
		if !strings.Contains(instrumentcreation.Analyzer.Doc, c) {
			t.Errorf("doc does not mention category %s", c)
		}
	}
}

// TestSummary checks that the cross-package cases (instrument and logger helpers) find the
// same diagnostics when the facts are computed by the summary service, as
// under golangci-lint.
func TestSummary(t *testing.T) {
	summarytest.Same(t, testenv.TestData(t), instrumentcreation.Analyzer, "otellint.test/instrumentcreation/helpers/...", "otellint.test/instrumentcreation/loggerhelpers/...")
}
