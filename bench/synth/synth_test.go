package synth_test

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/otellint/otellint/bench/synth"
	"github.com/otellint/otellint/internal/testenv"
)

// TestWrite checks that the generator is deterministic, that size grows
// with the scale, and that the module it writes builds against the real
// dependencies.
func TestWrite(t *testing.T) {
	td := testenv.TestData(t)
	a, b := t.TempDir(), t.TempDir()
	na, err := synth.Write(a, td, 1)
	if err != nil {
		t.Fatal(err)
	}
	nb, err := synth.Write(b, td, 1)
	if err != nil {
		t.Fatal(err)
	}
	if na != nb || !sameTree(t, a, b) {
		t.Fatalf("two runs at 1x differ (%d and %d lines)", na, nb)
	}
	n2, err := synth.Write(t.TempDir(), td, 2)
	if err != nil {
		t.Fatal(err)
	}
	if n2 < na*3/2 {
		t.Errorf("2x has %d lines, 1x %d: the size does not grow with the scale", n2, na)
	}
	if testing.Short() {
		return
	}
	cmd := exec.Command("go", "build", "./...")
	cmd.Dir = a
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the synthetic module does not build: %v\n%s", err, out)
	}
}

// sameTree reports whether two directories hold the same files.
func sameTree(t *testing.T, a, b string) bool {
	same := true
	err := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Logf("%s differs", rel)
			same = false
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return same
}
