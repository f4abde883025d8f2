package integration

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/otellint/otellint/internal/testenv"
)

// gitEnv is the environment of the git commands of the tests: a fixed
// identity, and no signing or hooks from the developer's configuration.
func gitEnv() []string {
	return goEnv(
		"GIT_AUTHOR_NAME=otellint test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=otellint test", "GIT_COMMITTER_EMAIL=test@example.com",
		"GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull,
	)
}

// git runs a git command and fails the test if it fails.
func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, code := run(t, dir, gitEnv(), "git", args...)
	if code != 0 {
		t.Fatalf("git %s: exit code %d:\n%s", strings.Join(args, " "), code, out)
	}
	return strings.TrimSpace(out)
}

// snapshotRepo returns a new git repository whose single commit holds the
// working tree of otellint as it is now, uncommitted changes included
// (and ignored files left out), and that commit's hash.
func snapshotRepo(t *testing.T) (dir, rev string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "otellint")
	git(t, "", "init", "-q", dir)
	gitDir := filepath.Join(dir, ".git")
	// Stage the otellint working tree into the new repository's index.
	git(t, root, "--git-dir="+gitDir, "--work-tree="+root, "add", "-A", ".")
	git(t, dir, "commit", "-q", "--no-verify", "-m", "otellint working tree")
	git(t, dir, "reset", "-q", "--hard")
	return dir, git(t, dir, "rev-parse", "HEAD")
}

// sampleModule is a small module that uses OpenTelemetry; with leak set,
// its span is never ended.
func sampleModule(t *testing.T, leak bool) map[string]string {
	t.Helper()
	sum, err := os.ReadFile(filepath.Join(testenv.TestData(t), "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	end := "\tdefer span.End()\n"
	if leak {
		end = ""
	}
	return map[string]string{
		"go.mod": fmt.Sprintf("module example.com/checkout\n\ngo 1.24\n\nrequire (\n\tgo.opentelemetry.io/otel %s\n\tgo.opentelemetry.io/otel/trace %s\n)\n",
			testdataRequire(t, "go.opentelemetry.io/otel"), testdataRequire(t, "go.opentelemetry.io/otel/trace")),
		"go.sum": string(sum),
		"checkout.go": `// Package checkout prices orders.
package checkout

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
)

var tracer = otel.Tracer("example.com/checkout")

// Total returns the price of an order of n items.
func Total(ctx context.Context, n int) int {
	ctx, span := tracer.Start(ctx, "Checkout.Total")
` + end + `	span.SetAttributes(attribute.Int("checkout.items", n))
	return price(ctx) * n
}

func price(ctx context.Context) int {
	if ctx.Err() != nil {
		return 0
	}
	return 42
}
`,
	}
}

// TestPreCommit installs the hooks of .pre-commit-hooks.yaml with the real
// pre-commit from a git repository of the working tree, and runs them in a
// sample repository: they fail and show the finding while the span leaks,
// and pass once it is ended.
func TestPreCommit(t *testing.T) {
	t.Parallel()
	testenv.E2E(t, "installs the pre-commit hooks, which builds otellint in a fresh Go environment")
	requireTool(t, "git")
	preCommit := requireTool(t, "pre-commit")
	hooks, rev := snapshotRepo(t)

	sample := filepath.Join(t.TempDir(), "sample")
	git(t, "", "init", "-q", sample)
	files := sampleModule(t, true)
	files[".pre-commit-config.yaml"] = fmt.Sprintf(`repos:
  - repo: %s
    rev: %s
    hooks:
      - id: otellint
      - id: otellint-vet
`, hooks, rev)
	writeFiles(t, sample, files)
	// Complete go.mod and go.sum from the module cache, so that the hooks
	// find a tidy module and change no file.
	if out, code := run(t, sample, goEnv(), "go", "mod", "tidy"); code != 0 {
		t.Fatalf("go mod tidy in the sample module: exit code %d:\n%s", code, out)
	}
	git(t, sample, "add", "-A")
	git(t, sample, "commit", "-q", "--no-verify", "-m", "sample")

	gomodcache, _ := run(t, root, goEnv(), "go", "env", "GOMODCACHE")
	home := filepath.Join(t.TempDir(), "pre-commit-home")
	env := append(gitEnv(),
		"PRE_COMMIT_HOME="+home,
		// pre-commit builds the hooks with GOPATH set to its own
		// directory: keep the module cache that already holds the deps.
		"GOMODCACHE="+strings.TrimSpace(gomodcache),
		"PRE_COMMIT_COLOR=never", "NO_COLOR=1",
	)

	out, code := run(t, sample, env, preCommit, "run", "--all-files")
	if code == 0 {
		t.Fatalf("pre-commit passed although the span leaks:\n%s", out)
	}
	// Both hooks ran and show the finding on the line of the Start call.
	line := slices.IndexFunc(strings.Split(files["checkout.go"], "\n"), func(l string) bool { return strings.Contains(l, "tracer.Start") }) + 1
	for _, want := range []string{
		"otellint....", "otellint (go vet)....",
		fmt.Sprintf("checkout.go:%d:", line),
		"span.End()",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("pre-commit output does not show %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "An unexpected error has occurred") || strings.Contains(out, "[ERROR]") {
		t.Fatalf("pre-commit could not install or run the hooks:\n%s", out)
	}

	// The hook environment holds the otellint command and nothing else
	// (pre-commit runs "go install ./..." in the hook repository).
	if bins := hookBinaries(t, home); !slices.Equal(bins, []string{"otellint"}) {
		t.Errorf("pre-commit installed %v, want only otellint", bins)
	}

	// The README's configuration, with its tag, works as well as a commit
	// hash: examples/pre-commit-config.yaml with the repository's address
	// pointing at the snapshot.
	example, err := os.ReadFile(filepath.Join(root, "examples", "pre-commit-config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tag := regexp.MustCompile(`rev: (v[0-9.]+)`).FindStringSubmatch(string(example))
	if tag == nil || !strings.Contains(string(example), "https://github.com/otellint/otellint") {
		t.Fatalf("examples/pre-commit-config.yaml names no repository and tag:\n%s", example)
	}
	git(t, hooks, "tag", tag[1])
	fixed := sampleModule(t, false)
	writeFiles(t, sample, map[string]string{
		"checkout.go":             fixed["checkout.go"],
		".pre-commit-config.yaml": strings.Replace(string(example), "https://github.com/otellint/otellint", hooks, 1),
	})
	git(t, sample, "commit", "-q", "--no-verify", "-am", "end the span")
	if out, code := run(t, sample, env, preCommit, "run", "--all-files"); code != 0 {
		t.Errorf("pre-commit failed after the fix (exit code %d):\n%s", code, out)
	}
}

// hookBinaries returns the names of the commands pre-commit installed for
// its Go hooks under its home directory.
func hookBinaries(t *testing.T, home string) []string {
	t.Helper()
	var names []string
	err := filepath.WalkDir(home, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dir := filepath.Dir(p)
		if !d.IsDir() && filepath.Base(dir) == "bin" && strings.HasPrefix(filepath.Base(filepath.Dir(dir)), "golangenv") {
			names = append(names, d.Name())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(names)
	return slices.Compact(names)
}
