package ctxpropagation_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/summary/summarytest"
	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/ctxpropagation"
)

const pkg = "otellint.test/ctxpropagation/"

func TestDefault(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testenv.TestData(t), ctxpropagation.Analyzer,
		pkg+"goroutines", pkg+"edgecases", pkg+"consumer", pkg+"handlers", pkg+"lookups", pkg+"silent", pkg+"onlyuse", pkg+"joined")
}

// TestOldGo checks a module written for Go 1.20, before
// context.WithoutCancel: no fix where the fix would need it.
func TestOldGo(t *testing.T) {
	dir := filepath.Join(testenv.TestData(t), "ctxpropagation", "oldgo")
	analysistest.RunWithSuggestedFixes(t, dir, ctxpropagation.Analyzer, "oldgo")
}

func TestStrict(t *testing.T) {
	cfg := ctxpropagation.Pass.DefaultConfig()
	cfg.Strict = true
	a, err := ctxpropagation.Pass.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testenv.TestData(t), a, pkg+"strict")
}

func TestIncludeMainAndTests(t *testing.T) {
	a, err := ctxpropagation.Pass.New(ctxpropagation.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"include-main", "include-tests"} {
		if err := a.Flags.Set(f, "true"); err != nil {
			t.Fatal(err)
		}
	}
	analysistest.Run(t, testenv.TestData(t), a, pkg+"mainflag")
}

func TestChecks(t *testing.T) {
	a, err := ctxpropagation.Pass.New(ctxpropagation.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("checks", "query-without-ctx"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testenv.TestData(t), a, pkg+"checks")
}

func TestConfig(t *testing.T) {
	if _, err := ctxpropagation.Pass.New(ctxpropagation.Pass.DefaultConfig()); err != nil {
		t.Fatal(err)
	}
	if _, err := ctxpropagation.Pass.New(ctxpropagation.Config{Checks: []string{"no-such-check"}}); err == nil {
		t.Error("unknown check accepted")
	}
	a := ctxpropagation.Analyzer
	if err := a.Flags.Set("checks", "background"); err == nil {
		t.Error("-checks accepted an unknown check")
	}
	for _, f := range []string{"checks", "strict", "include-tests", "include-main"} {
		if a.Flags.Lookup(f) == nil {
			t.Errorf("no flag -%s", f)
		}
	}
}

// TestShapes checks the shapes of real code where a fresh context loses
// no trace (test support, set-up code, a context kept for a component,
// one used only to wait, one given the trace another way) beside their
// positive twins.
func TestShapes(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), ctxpropagation.Analyzer,
		pkg+"detached", pkg+"kept", pkg+"waits/...", pkg+"testhelpers/...")
}

// TestSummary checks that the cross-package cases (wait helpers) find the
// same diagnostics when the facts are computed by the summary service, as
// under golangci-lint.
func TestSummary(t *testing.T) {
	summarytest.Same(t, testenv.TestData(t), ctxpropagation.Analyzer, "otellint.test/ctxpropagation/waits/...")
}
