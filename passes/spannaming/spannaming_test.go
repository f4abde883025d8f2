package spannaming_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/summary/summarytest"
	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/spannaming"
)

// TestSpanNaming runs the default configuration: no naming convention.
func TestSpanNaming(t *testing.T) {
	dir := testenv.TestData(t)
	analysistest.Run(t, dir, spannaming.Analyzer,
		"otellint.test/spannaming/defaults",
		"otellint.test/spannaming/tracername",
		"otellint.test/spannaming/renamed",
		"otellint.test/spannaming/testsupport",
	)
}

// TestPreset runs the preset convention, Service.Action.
func TestPreset(t *testing.T) {
	dir := testenv.TestData(t)
	a, err := spannaming.Pass.New(spannaming.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("preset", spannaming.PresetServiceAction); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, a,
		"otellint.test/spannaming/article",
		"otellint.test/spannaming/dynamic",
		"otellint.test/spannaming/typenames",
		"otellint.test/spannaming/requestdata",
		"otellint.test/spannaming/statevalues",
		"otellint.test/spannaming/generics",
		"otellint.test/spannaming/wrappers/...",
	)
}

// TestStateNames runs the option state-names: names built from the
// receiver's state and from a definition's fields are reported too.
func TestStateNames(t *testing.T) {
	dir := testenv.TestData(t)
	a, err := spannaming.Pass.New(spannaming.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("state-names", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, a, "otellint.test/spannaming/statenames")
}

func TestCustomConfig(t *testing.T) {
	dir := testenv.TestData(t)
	a, err := spannaming.Pass.New(spannaming.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for name, value := range map[string]string{"pattern": `^[a-z]+(\.[a-z_]+)+$`, "generic-names": "do_stuff"} {
		if err := a.Flags.Set(name, value); err != nil {
			t.Fatal(err)
		}
	}
	analysistest.Run(t, dir, a, "otellint.test/spannaming/custom")
}

func TestConfigErrors(t *testing.T) {
	cfg := spannaming.Pass.DefaultConfig()
	cfg.Pattern = "(["
	if _, err := spannaming.Pass.New(cfg); err == nil || !strings.Contains(err.Error(), "invalid pattern") {
		t.Errorf("NewAnalyzer with a bad pattern: got %v, want an invalid pattern error", err)
	}
	if err := spannaming.Analyzer.Flags.Set("pattern", "(["); err == nil {
		t.Error("setting -pattern to a bad regexp: got no error")
	}
	cfg = spannaming.Pass.DefaultConfig()
	cfg.Preset = "dotted"
	if _, err := spannaming.Pass.New(cfg); err == nil || !strings.Contains(err.Error(), "unknown preset") {
		t.Errorf("NewAnalyzer with an unknown preset: got %v, want an unknown preset error", err)
	}
	cfg.Preset, cfg.Pattern = spannaming.PresetServiceAction, `^\w+$`
	if _, err := spannaming.Pass.New(cfg); err == nil || !strings.Contains(err.Error(), "both pattern and preset") {
		t.Errorf("NewAnalyzer with a pattern and a preset: got %v, want an error", err)
	}
	cfg = spannaming.Pass.DefaultConfig()
	cfg.Checks = []string{"bad-nmae"}
	if _, err := spannaming.Pass.New(cfg); err == nil {
		t.Error("NewAnalyzer with an unknown check: got no error")
	}
}

// TestNoDefaultConvention checks that no naming convention is on by
// default: a convention is a team's choice.
func TestNoDefaultConvention(t *testing.T) {
	cfg := spannaming.Pass.DefaultConfig()
	if cfg.Pattern != "" || cfg.Preset != "" {
		t.Fatalf("DefaultConfig() has a convention: pattern %q, preset %q", cfg.Pattern, cfg.Preset)
	}
}

// TestSummary checks that the cross-package cases (wrapper helpers) find the
// same diagnostics when the facts are computed by the summary service, as
// under golangci-lint.
func TestSummary(t *testing.T) {
	a, err := spannaming.Pass.New(spannaming.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("preset", spannaming.PresetServiceAction); err != nil {
		t.Fatal(err)
	}
	summarytest.Same(t, testenv.TestData(t), a, "otellint.test/spannaming/wrappers/...")
}
