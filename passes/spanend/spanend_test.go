package spanend_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/summary/summarytest"
	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/spanend"
)

func TestDefault(t *testing.T) {
	var pkgs []string
	for _, p := range []string{"basic", "ownership", "helpers/...", "status", "discarded", "foreign", "foreignhook", "examples", "useafterend", "reassigned", "endonerror", "printed", "ctxreturned", "partial", "wrapper/...", "carried", "goroutine", "expected", "waits/...", "component", "evalctx", "deferredbefore", "marked/...", "noop", "testonly", "nilonerror/..."} {
		pkgs = append(pkgs, "otellint.test/spanend/"+p)
	}
	analysistest.Run(t, testenv.TestData(t), spanend.Analyzer, pkgs...)
}

func TestRecordError(t *testing.T) {
	a, err := spanend.Pass.New(spanend.Config{Checks: []string{spanend.CategoryMissingRecordError}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testenv.TestData(t), a, "otellint.test/spanend/record")
}

func TestRecordErrorEvent(t *testing.T) {
	a, err := spanend.Pass.New(spanend.Config{Checks: []string{spanend.CategoryRecordErrorEvent}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testenv.TestData(t), a, "otellint.test/spanend/recordevent")
}

func TestExtraFuncs(t *testing.T) {
	cfg := spanend.Pass.DefaultConfig()
	cfg.ExtraStartFuncs = []string{"otellint.test/spanend/extra.begin"}
	cfg.ExtraEndFuncs = []string{"(*otellint.test/spanend/extra.pool).release"}
	a, err := spanend.Pass.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testenv.TestData(t), a, "otellint.test/spanend/extra")
}

// TestExpectedErrors names a project's own expected errors: a sentinel
// and a constructor.
func TestExpectedErrors(t *testing.T) {
	cfg := spanend.Pass.DefaultConfig()
	cfg.ExpectedErrors = []string{"otellint.test/spanend/expectedcfg.ErrNotFound", "otellint.test/spanend/expectedcfg.Invalid"}
	a, err := spanend.Pass.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testenv.TestData(t), a, "otellint.test/spanend/expectedcfg")
}

func TestFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testenv.TestData(t), spanend.Analyzer, "otellint.test/spanend/fix", "otellint.test/spanend/deferargs")
}

// TestGoldenCompiles type-checks each fix package with its golden files in
// place of its sources: a fix must leave code that compiles.
func TestGoldenCompiles(t *testing.T) {
	testenv.GoldenCompiles(t, "spanend", "fix", "deferargs")
}

func TestConfig(t *testing.T) {
	for _, bad := range []spanend.Config{
		{Checks: []string{"missing-ends"}},
		{ExtraStartFuncs: []string{"StartSpan"}},
		{ExtraEndFuncs: []string{"(pkg.T.End"}},
		{ExtraEndFuncs: []string{"example.com/pkg.Finish, example.com/pkg.Done"}},
		{ExpectedErrors: []string{"ErrNotFound"}},
	} {
		if _, err := spanend.Pass.New(bad); err == nil {
			t.Errorf("NewAnalyzer(%+v) succeeded, want an error", bad)
		}
	}
	for _, good := range []string{"example.com/pkg.StartSpan", "(*example.com/pkg.Tracer).Begin", "(example.com/pkg.Tracer).Begin"} {
		if err := (spanend.Config{ExtraStartFuncs: []string{good}}).Validate(); err != nil {
			t.Errorf("Validate(%q) = %v", good, err)
		}
	}
	a, err := spanend.Pass.New(spanend.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("extra-end-funcs", "nodot"); err == nil {
		t.Error("flag accepted an invalid function name")
	}
	if err := a.Flags.Set("checks", "missing-end,missing-record-error"); err != nil {
		t.Error(err)
	}
	if spanend.Analyzer.Flags.Lookup("checks").Value.String() == "missing-end,missing-record-error" {
		t.Error("flags of two analyzers share their configuration")
	}
}

// TestSummary checks that the cross-package cases find the same
// diagnostics when the facts are computed by the summary service, as under
// golangci-lint.
func TestSummary(t *testing.T) {
	summarytest.Same(t, testenv.TestData(t), spanend.Analyzer, "otellint.test/spanend/helpers/...", "otellint.test/spanend/wrapper/...", "otellint.test/spanend/waits/...", "otellint.test/spanend/marked/...")
}

func TestMissingErrorType(t *testing.T) {
	a, err := spanend.Pass.New(spanend.Config{Checks: []string{spanend.CategoryMissingErrorType}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testenv.TestData(t), a, "otellint.test/spanend/errortype")
}
