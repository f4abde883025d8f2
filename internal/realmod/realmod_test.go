package realmod

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestDropLocalReplaces drops the replace directives that point at
// directories, with and without a version on their left side, keeps one
// that points at another module, and tidies without the network.
func TestDropLocalReplaces(t *testing.T) {
	t.Setenv("GOPROXY", "off")
	dir := t.TempDir()
	gomod := `module example.com/m

go 1.22

replace example.com/up => ../up

replace example.com/down v1.0.0 => ./down

replace example.com/fork => example.com/forked v1.2.0
`
	write(t, filepath.Join(dir, "go.mod"), gomod)
	write(t, filepath.Join(dir, "m.go"), "package m\n")
	dropped, err := DropLocalReplaces(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"example.com/up", "example.com/down"}; !slices.Equal(dropped, want) {
		t.Errorf("dropped %q, want %q", dropped, want)
	}
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	got := string(data)
	if strings.Contains(got, "=> ../up") || strings.Contains(got, "=> ./down") {
		t.Errorf("local replace directives left in go.mod:\n%s", got)
	}
	if !strings.Contains(got, "example.com/fork => example.com/forked v1.2.0") {
		t.Errorf("module replace directive dropped from go.mod:\n%s", got)
	}

	// Nothing to drop: go.mod is not tidied, so not rewritten.
	again, err := DropLocalReplaces(dir)
	if err != nil || again != nil {
		t.Errorf("second DropLocalReplaces: %q, %v; want nothing dropped", again, err)
	}
}

// TestDropLocalReplacesBadModule reports a directory without a go.mod.
func TestDropLocalReplacesBadModule(t *testing.T) {
	if _, err := DropLocalReplaces(t.TempDir()); err == nil {
		t.Error("no error for a directory without go.mod")
	}
}

func TestIsLocalPath(t *testing.T) {
	for p, want := range map[string]bool{
		"../x": true, "./x": true, ".": true, "..": true, "/abs/x": true,
		"example.com/x": false, "github.com/a/b": false, ".hidden.example/x": false,
	} {
		if got := isLocalPath(p); got != want {
			t.Errorf("isLocalPath(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestCountLines counts non-test and test lines, leaving out testdata,
// hidden directories and nested modules.
func TestCountLines(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module example.com/m\n")
	write(t, filepath.Join(dir, "a.go"), "package m\n\nfunc A() {}\n")
	write(t, filepath.Join(dir, "a_test.go"), "package m\n")
	write(t, filepath.Join(dir, "sub", "b.go"), "package sub\n")
	write(t, filepath.Join(dir, "testdata", "c.go"), "package c\n")
	write(t, filepath.Join(dir, ".git", "d.go"), "package d\n")
	write(t, filepath.Join(dir, "nested", "go.mod"), "module example.com/n\n")
	write(t, filepath.Join(dir, "nested", "e.go"), "package n\n")
	lines, all, err := CountLines(dir)
	if err != nil {
		t.Fatal(err)
	}
	if lines != 4 || all != 5 {
		t.Errorf("CountLines = %d, %d; want 4, 5", lines, all)
	}
}

// TestPackagesWithBrokenImport lists every package of a module in which
// one package imports a package whose files are all behind a build tag:
// that package does not load, and the others are still listed.
func TestPackagesWithBrokenImport(t *testing.T) {
	t.Setenv("GOPROXY", "off")
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module example.com/m\n\ngo 1.22\n")
	write(t, filepath.Join(dir, "a", "a.go"), "package a\n")
	write(t, filepath.Join(dir, "fake", "fake.go"), "//go:build unit\n\npackage fake\n")
	write(t, filepath.Join(dir, "uses", "uses.go"), "package uses\n\nimport _ \"example.com/m/fake\"\n")
	pkgs, err := Packages(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"example.com/m/a", "example.com/m/uses"} {
		if !slices.Contains(pkgs, want) {
			t.Errorf("Packages = %q, want it to hold %s", pkgs, want)
		}
	}
}

// TestMaterializeReuses leaves alone a directory that already holds the
// pin, without asking the module proxy for it.
func TestMaterializeReuses(t *testing.T) {
	t.Setenv("GOPROXY", "off")
	dir := t.TempDir()
	p := Pin{"example.com/m", "v1.0.0"}
	write(t, filepath.Join(dir, "go.mod"), "module example.com/m\n\ngo 1.22\n")
	write(t, filepath.Join(dir, pinFile), p.String())
	write(t, filepath.Join(dir, "mine.go"), "package m\n")
	if _, err := Materialize(dir, p); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "mine.go")); err != nil {
		t.Errorf("the materialised module was replaced: %v", err)
	}
	// Another version is fetched again, which fails without the proxy.
	if _, err := Materialize(dir, Pin{"example.com/m", "v1.0.1"}); err == nil || !strings.Contains(err.Error(), "example.com/m@v1.0.1") {
		t.Errorf("Materialize of another version: %v, want a download error naming it", err)
	}
}

func write(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCacheDir(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/cache/home")
	t.Setenv("HOME", "/home/someone")
	uc, err := os.UserCacheDir()
	if err != nil {
		t.Fatal(err)
	}
	if dir, err := CacheDir("", "otellint-x"); err != nil || dir != filepath.Join(uc, "otellint-x") {
		t.Errorf("CacheDir(\"\") = %q, %v; want otellint-x in %s", dir, err, uc)
	}
	dir, err := CacheDir("rel", "otellint-x")
	if err != nil || !filepath.IsAbs(dir) || filepath.Base(dir) != "rel" {
		t.Errorf("CacheDir(\"rel\") = %q, %v; want an absolute rel", dir, err)
	}
}
