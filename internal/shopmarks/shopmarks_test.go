package shopmarks

import (
	"os"
	"path/filepath"
	"testing"
)

func TestReadAndDiff(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "shop", "a"), 0o755); err != nil {
		t.Fatal(err)
	}
	src := "package a\n\nfunc f() {\n\tg() // finding: spanend/missing-end spannaming/generic-name\n\t// finding: not-a-marker because it is not after code? still a comment\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "shop", "a", "a.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	want, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != 2 || want[0].String() != "shop/a/a.go:4: spanend/missing-end" || want[1].Pass != "spannaming" {
		t.Fatalf("Read = %v", want)
	}
	got := []Finding{want[0], {File: "shop/a/a.go", Line: 9, Pass: "piilog", Category: "pii-field"}}
	missing, unexpected := Diff(want, got)
	if len(missing) != 1 || missing[0] != want[1] || len(unexpected) != 1 || unexpected[0].Line != 9 {
		t.Errorf("Diff: missing %v, unexpected %v", missing, unexpected)
	}
	if only := Only(want, "spannaming"); len(only) != 1 {
		t.Errorf("Only = %v", only)
	}
}
