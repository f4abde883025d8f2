package apis_test

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
)

// checkCallNotes checks the calls of f on each line that ends with a
// "// <prefix>: <class>" comment: classify must give one of them that
// class, or, for the class "none", give "none" to all of them. It returns
// the keys of the calls it met and the number of lines it checked.
func checkCallNotes(t *testing.T, pass *analysis.Pass, idx *apis.Index, f *ast.File, prefix string, classify func(key string) string) (met map[string]bool, checked int) {
	t.Helper()
	notes := lineNotes(pass.Fset, f, prefix+": ")
	got := map[int][]string{}
	met = map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		line := pass.Fset.Position(call.Pos()).Line
		if _, ok := notes[line]; ok {
			k := idx.Key(call)
			met[k] = true
			got[line] = append(got[line], classify(k))
		}
		return true
	})
	for line, want := range notes {
		checked++
		switch {
		case len(got[line]) == 0:
			t.Errorf("line %d: no call", line)
		case want == "none" && slices.ContainsFunc(got[line], func(c string) bool { return c != "none" }),
			want != "none" && !slices.Contains(got[line], want):
			t.Errorf("line %d: %s %v, want %s", line, prefix, got[line], want)
		}
	}
	return met, checked
}

// lineNotes returns, by line, the text after prefix of the line comments
// of f that start with "// "+prefix.
func lineNotes(fset *token.FileSet, f *ast.File, prefix string) map[int]string {
	notes := map[int]string{}
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if text, ok := strings.CutPrefix(c.Text, "// "+prefix); ok {
				notes[fset.Position(c.Pos()).Line] = strings.TrimSpace(text)
			}
		}
	}
	return notes
}
