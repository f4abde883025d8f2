package integration

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// actionlint returns actionlint built from the nested tools module.
func actionlint(t *testing.T) string {
	t.Helper()
	return cachedBuild(t, "actionlint", filepath.Join(root, "integration", "tools"), "github.com/rhysd/actionlint/cmd/actionlint")
}

// lintWorkflows runs actionlint on workflow files. shellcheck and pyflakes
// are switched off so that the result does not depend on what else is
// installed.
func lintWorkflows(t *testing.T, dir string, files ...string) (string, int) {
	t.Helper()
	args := append([]string{"-no-color", "-shellcheck=", "-pyflakes="}, files...)
	return run(t, dir, goEnv(), actionlint(t), args...)
}

// TestWorkflows checks the GitHub Actions workflows of the repository, and
// those examples/github-actions offers to users, with actionlint.
func TestWorkflows(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob(filepath.Join(root, ".github", "workflows", "*.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	for _, want := range []string{"otellint.yml", "otellint-golangci.yml"} {
		if !strings.Contains(strings.Join(names, " "), want) {
			t.Errorf(".github/workflows/%s is missing", want)
		}
	}
	examples, err := filepath.Glob(filepath.Join(root, "examples", "github-actions", "*.yml"))
	if err != nil || len(examples) != 2 {
		t.Fatalf("examples/github-actions: %v %v, want the two workflows for users", examples, err)
	}
	if out, code := lintWorkflows(t, root, append(files, examples...)...); code != 0 {
		t.Errorf("actionlint reports problems (exit code %d):\n%s", code, out)
	}
	// Both upload SARIF; the golangci-lint variant, on pull requests, only
	// reports new findings.
	for file, wants := range map[string][]string{
		"otellint.yml":          {"otellint -sarif ./... > otellint.sarif", "upload-sarif", "security-events: write"},
		"otellint-golangci.yml": {"--output.sarif.path=", "--new-from-merge-base=", "upload-sarif", "security-events: write", "fetch-depth: 0"},
	} {
		data, err := os.ReadFile(filepath.Join(root, ".github", "workflows", file))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range wants {
			if !strings.Contains(string(data), want) {
				t.Errorf("%s does not contain %q", file, want)
			}
		}
	}
}

// TestActionlintCatchesErrors makes sure the check above can fail: a
// workflow with a misspelt key and an unknown expression is rejected.
func TestActionlintCatchesErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{".github/workflows/bad.yml": `on: push
jobs:
  lint:
    runs-on: ubuntu-latest
    stesp:
      - run: echo ${{ github.no_such_thing }}
`})
	out, code := lintWorkflows(t, dir, filepath.Join(dir, ".github", "workflows", "bad.yml"))
	if code == 0 || !strings.Contains(out, "stesp") {
		t.Errorf("actionlint accepted a broken workflow (exit code %d):\n%s", code, out)
	}
}
