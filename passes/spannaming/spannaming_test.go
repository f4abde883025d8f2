package spannaming_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/spannaming"
)

func TestSpanNaming(t *testing.T) {
	dir := testenv.TestData(t)
	analysistest.Run(t, dir, spannaming.Analyzer,
		"otellint.test/spannaming/article",
		"otellint.test/spannaming/dynamic",
		"otellint.test/spannaming/tracername",
		"otellint.test/spannaming/generics",
		"otellint.test/spannaming/wrappers/...",
	)
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
	cfg.Checks = []string{"bad-nmae"}
	if _, err := spannaming.Pass.New(cfg); err == nil {
		t.Error("NewAnalyzer with an unknown check: got no error")
	}
}

func TestDefaultPattern(t *testing.T) {
	cfg := spannaming.Pass.DefaultConfig()
	if cfg.Pattern != spannaming.DefaultPattern {
		t.Fatalf("DefaultConfig().Pattern = %q", cfg.Pattern)
	}
}
