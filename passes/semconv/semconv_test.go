package semconv_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	registry "github.com/otellint/otellint/internal/semconv"
	"github.com/otellint/otellint/internal/summary/summarytest"
	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/semconv"
)

const pkg = "otellint.test/semconv/"

// TestScenarios runs the scenarios of the default configuration, one
// package per shape, in one load, so that the real OpenTelemetry packages
// they import are type-checked once: deprecated keys and their fixes
// (deprecated, fiximports), attribute types (attrtype), metric names and
// shapes (metrics), the team's own keys (naming), resource schema URLs
// (schemaconflict), semconv versions across a module (mixedmodule) and
// bare keys the team writes itself (barekey).
// Every fix is checked against its golden file.
func TestScenarios(t *testing.T) {
	var pkgs []string
	for _, p := range []string{"deprecated", "dualemission", "fiximports", "attrtype", "metrics", "naming", "keyconvention/...", "schemaconflict", "mixedmodule/...", "mixedversions", "mixedkept", "barekey"} {
		pkgs = append(pkgs, pkg+p)
	}
	analysistest.RunWithSuggestedFixes(t, testenv.TestData(t), semconv.Analyzer, pkgs...)
}

// TestGoldenCompiles builds every package of the scenarios with its
// files replaced by their golden files: the fixed code must compile.
func TestGoldenCompiles(t *testing.T) {
	dir := testenv.TestData(t)
	goldens, err := filepath.Glob(filepath.Join(dir, "semconv", "*", "*.go.golden"))
	if err != nil {
		t.Fatal(err)
	}
	if len(goldens) == 0 {
		t.Fatal("no golden files")
	}
	replace := map[string]string{}
	pkgs := map[string]bool{}
	for _, g := range goldens {
		replace[strings.TrimSuffix(g, ".golden")] = g
		pkgs["./"+filepath.ToSlash(must(filepath.Rel(dir, filepath.Dir(g))))] = true
	}
	overlay := filepath.Join(t.TempDir(), "overlay.json")
	data, _ := json.Marshal(map[string]any{"Replace": replace})
	if err := os.WriteFile(overlay, data, 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"vet", "-overlay=" + overlay}
	for p := range pkgs {
		args = append(args, p)
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the fixed code does not compile: %v\n%s", err, out)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestSchemaConflictRuns runs the scenarios of schemaconflict against the
// real SDK: the reported ones fail with "conflicting Schema URL", the
// silent ones do not.
func TestSchemaConflictRuns(t *testing.T) {
	cmd := exec.Command("go", "run", "./semconv/schemaconflict/run")
	cmd.Dir = testenv.TestData(t)
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "OTEL_RESOURCE_ATTRIBUTES=", "OTEL_SERVICE_NAME=", "SHOP_SCHEMA_URL=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go run: %v\n%s", err, out)
	}
	seen := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		name, failed, _ := strings.Cut(line, " ")
		switch {
		case strings.HasPrefix(name, "conflict"):
			seen++
			if failed != "true" {
				t.Errorf("%s: no schema URL conflict at run time", name)
			}
		case strings.HasPrefix(name, "silent"):
			seen++
			if failed != "false" {
				t.Errorf("%s: a schema URL conflict at run time", name)
			}
		}
	}
	if seen < 10 {
		t.Fatalf("only %d scenarios ran:\n%s", seen, out)
	}
}

func TestConfig(t *testing.T) {
	a := newAnalyzer(t, map[string]string{
		"min-version":      "1.21.0",
		"extra-deprecated": "shop.user=shop.customer.id",
		"checks":           "deprecated-attribute,mixed-versions,attribute-type",
	})
	analysistest.RunWithSuggestedFixes(t, testenv.TestData(t), a, pkg+"config")
}

func TestIncludeTests(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), newAnalyzer(t, map[string]string{"include-tests": "true"}), pkg+"withtests")
}

// TestBadConfig checks that a bad option is an error naming it.
func TestBadConfig(t *testing.T) {
	for flag, value := range map[string]string{
		"min-version":      "1.21",
		"extra-deprecated": "shop.user",
		"checks":           "deprecated",
	} {
		a, err := semconv.Pass.New(semconv.Pass.DefaultConfig())
		if err != nil {
			t.Fatal(err)
		}
		if err := a.Flags.Set(flag, value); err == nil {
			t.Errorf("-%s=%s: no error", flag, value)
		}
	}
	for _, r := range []string{"a=a", "=b", "a=", "a=B.c"} {
		cfg := semconv.Pass.DefaultConfig()
		cfg.ExtraDeprecated = []string{r}
		if _, err := semconv.Pass.New(cfg); err == nil {
			t.Errorf("extra-deprecated %q: no error", r)
		}
	}
}

// newAnalyzer returns the analyzer with the flags set.
func newAnalyzer(t *testing.T, flags map[string]string) *analysis.Analyzer {
	t.Helper()
	a, err := semconv.Pass.New(semconv.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for f, v := range flags {
		if err := a.Flags.Set(f, v); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// TestDocNamesRegistryVersion checks that the pass's documentation, which
// otellint help prints, names the registry version of the table.
func TestDocNamesRegistryVersion(t *testing.T) {
	if !strings.Contains(semconv.Analyzer.Doc, registry.Version) {
		t.Errorf("the doc does not name the registry version %s", registry.Version)
	}
}

// TestSummary checks that the cross-package cases (versions of a module's packages) find the
// same diagnostics when the facts are computed by the summary service, as
// under golangci-lint.
func TestSummary(t *testing.T) {
	summarytest.Same(t, testenv.TestData(t), semconv.Analyzer, "otellint.test/semconv/mixedmodule/...")
}
