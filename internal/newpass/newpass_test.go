package newpass_test

import (
	"crypto/sha256"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/otellint/otellint/internal/copytree"
	"github.com/otellint/otellint/internal/newpass"
	"github.com/otellint/otellint/internal/testenv"
)

// TestRecipe follows CONTRIBUTING's recipe for a new pass in a copy of the
// repository: the scaffolder, then go generate. The new pass builds, passes
// its own test and go vet, the generated files are fresh, and nothing but
// the pass's folder, its testdata, the registry line and the generated
// files changed.
func TestRecipe(t *testing.T) {
	if testing.Short() {
		t.Skip("copies the repository and builds it: skipped with -short")
	}
	testenv.TestData(t) // the testdata module's dependencies, for the pass's test
	root := filepath.Join(t.TempDir(), "otellint")
	for _, dir := range []string{".", "cmd", "internal", "passes", "plugin", "testdata"} {
		if dir == "." {
			for _, f := range []string{"go.mod", "go.sum", "otellint.go", "config.go", "otellint_test.go", "README.md", ".golangci.example.yml"} {
				data, err := os.ReadFile(filepath.Join(testenv.Root(), f))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.MkdirAll(root, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(root, f), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		if err := copytree.Copy(filepath.Join(testenv.Root(), dir), filepath.Join(root, dir)); err != nil {
			t.Fatal(err)
		}
	}
	before := hashes(t, root)
	if err := newpass.Scaffold(root, "Bad-Name"); err == nil {
		t.Error("Scaffold accepted the name Bad-Name")
	}
	if err := newpass.Scaffold(root, "spanend"); err == nil {
		t.Error("Scaffold accepted the name of an existing pass")
	}
	if err := newpass.Scaffold(root, "sample"); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"generate", "."},
		{"vet", ".", "./passes/sample"},
		{"test", "./passes/sample"},
		{"test", "-run=^TestGenerated$", "."},
	} {
		cmd := exec.CommandContext(t.Context(), "go", args...)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	after := hashes(t, root)
	var changed []string
	for f, h := range after {
		if before[f] != h {
			changed = append(changed, f)
		}
	}
	slices.Sort(changed)
	want := []string{".golangci.example.yml", "README.md", "otellint.go",
		"passes/sample/doc.go", "passes/sample/sample.go", "passes/sample/sample_test.go",
		"testdata/sample/basic/basic.go"}
	if !slices.Equal(changed, want) {
		t.Errorf("the recipe changed %v, want %v", changed, want)
	}
	doc, _ := os.ReadFile(filepath.Join(root, "passes/sample/doc.go"))
	if !strings.Contains(string(doc), "-sample.checks") {
		t.Errorf("go generate did not write the new pass's configuration section:\n%s", doc)
	}
	readme, _ := os.ReadFile(filepath.Join(root, "README.md"))
	if !strings.Contains(string(readme), "### sample: ") {
		t.Error("the README has no section for the new pass")
	}
}

// hashes returns the content hash of every file below root, by slash path.
func hashes(t *testing.T, root string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		out[filepath.ToSlash(rel)] = sha256.Sum256(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
