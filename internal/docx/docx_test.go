package docx

import (
	"strings"
	"testing"
)

func TestExtract(t *testing.T) {
	good := "// Package p defines an Analyzer that checks.\n//\n// # Analyzer p\n//\n// p: check things\n//\n// Prose.\n//\n// # Examples\n//\n//\tbad()\npackage p\n"
	doc, err := Extract(good, "p")
	if err != nil {
		t.Fatal(err)
	}
	if Title(doc) != "check things" || !strings.Contains(doc, "Prose.") || !strings.Contains(doc, "bad()") {
		t.Errorf("Extract = %q", doc)
	}
	for _, bad := range []string{
		"package p\n",
		"// Package p is.\npackage p\n",
		"// Package p.\n//\n// # Analyzer p\n//\n// q: wrong name\npackage p\n",
		"not go",
	} {
		if _, err := Extract(bad, "p"); err == nil {
			t.Errorf("Extract(%q) succeeded", bad)
		}
	}
}
