package semconv_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/semconv"
)

const pkg = "otellint.test/semconv/"

func TestDeprecated(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testenv.TestData(t), semconv.Analyzer, pkg+"deprecated")
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
