package integration

import (
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBench vets and tests the packages under bench/, which go.mod's
// ignore directive leaves out of ./... (so that "go install ./..." installs
// only otellint): named one by one, they are still built and tested.
func TestBench(t *testing.T) {
	t.Parallel()
	var dirs []string
	err := filepath.WalkDir(filepath.Join(root, "bench"), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") {
			rel, _ := filepath.Rel(root, filepath.Dir(p))
			dirs = append(dirs, "./"+filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	dirs = slices.Compact(dirs)
	if !slices.Contains(dirs, "./bench") || !slices.Contains(dirs, "./bench/realcode") {
		t.Fatalf("bench packages not found: %v", dirs)
	}
	if out, code := run(t, root, goEnv(), "go", append([]string{"vet"}, dirs...)...); code != 0 {
		t.Errorf("go vet %s: exit code %d\n%s", strings.Join(dirs, " "), code, out)
	}
	args := append([]string{"test"}, dirs...)
	if testing.Short() {
		args = append([]string{"test", "-short"}, dirs...)
	}
	if out, code := run(t, root, goEnv(), "go", args...); code != 0 {
		t.Errorf("go %s: exit code %d\n%s", strings.Join(args, " "), code, out)
	}
}

// TestBenchIgnored checks that ./... leaves out the development commands,
// so that pre-commit's "go install ./..." installs only otellint.
func TestBenchIgnored(t *testing.T) {
	t.Parallel()
	out, code := run(t, root, goEnv(), "go", "list", "-f", "{{if eq .Name \"main\"}}{{.ImportPath}}{{end}}", "./...")
	if code != 0 {
		t.Fatalf("go list: exit code %d\n%s", code, out)
	}
	if got := strings.Fields(out); !slices.Equal(got, []string{"github.com/otellint/otellint/cmd/otellint"}) {
		t.Errorf("main packages of ./...: %v, want only cmd/otellint", got)
	}
}
