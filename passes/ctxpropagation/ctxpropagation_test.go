package ctxpropagation_test

import (
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
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
// one used only to wait, one given the trace another way, a program that
// links no tracing) beside their positive twins.
func TestShapes(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), ctxpropagation.Analyzer,
		pkg+"detached", pkg+"kept", pkg+"opentracing", pkg+"waits/...", pkg+"testhelpers/...", pkg+"handedon", pkg+"stored", pkg+"filledin", pkg+"untraced/...", pkg+"shutdown/...", pkg+"component", pkg+"returned", pkg+"cached", pkg+"idsgiven", pkg+"lazystart")
}

// TestPeerSuites runs the shapes that the suites of the noctx and
// contextcheck linters expect and that are otellint's concern (a request
// or query without the caller's context, a broken context chain), written
// for code that has the caller's context at hand: every one is caught.
func TestPeerSuites(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), allChecks(t), pkg+"peers/...")
}

// TestBrokenChain checks broken-chain, which is off by default: a call of
// a function that takes no context and starts from a fresh root, beside
// the functions whose fresh root loses nothing.
func TestBrokenChain(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), allChecks(t), pkg+"chainbreak")
	// Off by default: the default analyzer reports only the fresh root
	// inside the function that has a context.
	if slices.Contains(ctxpropagation.Pass.DefaultConfig().Checks, ctxpropagation.CategoryBrokenChain) {
		t.Error("broken-chain is on by default")
	}
}

// allChecks returns the analyzer with every check on.
func allChecks(t *testing.T) *analysis.Analyzer {
	cfg := ctxpropagation.Pass.DefaultConfig()
	cfg.Checks = slices.Clone(ctxpropagation.Categories)
	a, err := ctxpropagation.Pass.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestCleanup checks the fresh contexts of releases on cleanup paths, of
// waits, of dropped group contexts and of command-line code, beside the
// same calls that lose a trace.
func TestCleanup(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), ctxpropagation.Analyzer, pkg+"release", pkg+"commands")
}

// TestSummary checks that the cross-package cases (wait helpers) find the
// same diagnostics when the facts are computed by the summary service, as
// under golangci-lint.
func TestSummary(t *testing.T) {
	summarytest.Same(t, testenv.TestData(t), ctxpropagation.Analyzer, "otellint.test/ctxpropagation/waits/...", "otellint.test/ctxpropagation/shutdown/...")
}

// TestExtractBase checks a fresh root kept in a local into which a
// propagator extracts a message's trace.
func TestExtractBase(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), ctxpropagation.Analyzer, pkg+"extractbase")
}
