// Package docx extracts an analyzer's documentation from the package doc
// comment of its doc.go, in the x/tools shape:
//
//	// Package name defines an Analyzer that ...
//	//
//	// # Analyzer name
//	//
//	// name: one-line title
//	//
//	// Prose...
//	//
//	// # Examples
//	// ...
//
// so that pkg.go.dev, Analyzer.Doc and "otellint help name" show the same
// words.
package docx

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the documentation of the analyzer name: the text after
// the "# Analyzer name" heading, starting with its title line without the
// "name:" prefix, through the end of the comment (later sections such as
// "# Examples" and "# Configuration" included).
func Extract(content, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("doc.go of %s: %v", name, err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go of %s has no package doc comment", name)
	}
	text := f.Doc.Text()
	head := "# Analyzer " + name + "\n"
	i := strings.Index(text, head)
	if i < 0 {
		return "", fmt.Errorf("doc.go of %s has no %q heading", name, strings.TrimSpace(head))
	}
	body := strings.TrimSpace(text[i+len(head):])
	rest, ok := strings.CutPrefix(body, name+":")
	if !ok {
		return "", fmt.Errorf("doc.go of %s: heading not followed by a %q title line", name, name+": ...")
	}
	return strings.TrimSpace(rest), nil
}

// MustExtract is Extract for package initialisation: a malformed doc.go is
// a programming error caught by every test of the pass.
func MustExtract(content, name string) string {
	doc, err := Extract(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}

// Title returns the first line of an analyzer's Doc.
func Title(doc string) string {
	title, _, _ := strings.Cut(doc, "\n")
	return strings.TrimSpace(title)
}
