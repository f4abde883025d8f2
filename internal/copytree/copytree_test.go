package copytree

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCopy(t *testing.T) {
	src := t.TempDir()
	if err := os.MkdirAll(filepath.Join(src, "a", "b"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "a", "b", "f.go"), []byte("package b\n"), 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "top.txt"), []byte("top"), 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("top.txt", filepath.Join(src, "link")); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "copy")
	if err := Copy(src, dst); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dst, "a", "b", "f.go"))
	if err != nil || string(data) != "package b\n" {
		t.Fatalf("a/b/f.go: %q, %v", data, err)
	}
	fi, err := os.Stat(filepath.Join(dst, "top.txt"))
	if err != nil || fi.Mode().Perm() != 0o644 {
		t.Fatalf("top.txt: %v, %v; want a writable copy", fi, err)
	}
	if _, err := os.Lstat(filepath.Join(dst, "link")); !os.IsNotExist(err) {
		t.Errorf("symbolic link copied: %v", err)
	}
	if err := Copy(filepath.Join(src, "nosuch"), dst); err == nil {
		t.Error("Copy of a missing directory: no error")
	}
}
