package plugin

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/types/typeutil"
)

// callReporter returns a test analyzer that reports each call of a
// function whose name starts with prefix, with the function's declaration
// as related information when withRelated is set, and a fix that renames
// the callee by doubling its name.
func callReporter(name, prefix string, withRelated bool) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: name,
		Doc:  "test analyzer reporting calls of " + prefix + "*",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok {
						return true
					}
					fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
					if !ok || !strings.HasPrefix(strings.ToLower(fn.Name()), prefix) {
						return true
					}
					d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: "call of " + fn.Name(),
						SuggestedFixes: []analysis.SuggestedFix{{Message: "Rename", TextEdits: []analysis.TextEdit{{Pos: call.Fun.End(), End: call.Fun.End(), NewText: []byte(fn.Name())}}}}}
					if withRelated {
						d.Related = []analysis.RelatedInformation{{Pos: fn.Pos(), Message: "declared here"}}
					}
					pass.Report(d)
					return true
				})
			}
			return nil, nil
		},
	}
}

// TestFold runs Fold over two analyzers on a package where both report on
// one line: the merged message names both passes, the related positions
// are folded into the message with file names relative to the finding's
// directory, and no related information is left.
func TestFold(t *testing.T) {
	alpha, beta := callReporter("alpha", "a", true), callReporter("beta", "b", false)
	results := analysistest.Run(t, analysistest.TestData(), Fold([]*analysis.Analyzer{alpha, beta}), "fold")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.Related) > 0 {
				t.Errorf("%s: related information left: %v", d.Message, d.Related)
			}
			// The merged finding keeps the fix of each.
			if strings.Contains(d.Message, foldSeparator) && len(d.SuggestedFixes) != 2 {
				t.Errorf("%s: %d fixes, want the 2 of the merged findings", d.Message, len(d.SuggestedFixes))
			}
		}
	}
	// The passes given to Fold are not changed.
	if alpha.ResultType != nil || alpha.Name != "alpha" {
		t.Errorf("Fold changed its analyzer: %+v", alpha)
	}
}

// TestFoldRelatedGroups checks that related entries with one message are
// listed together, in order, and entries of other messages after them.
func TestFoldRelatedGroups(t *testing.T) {
	fset := token.NewFileSet()
	src := "package p\n\nfunc f() {\n\treturn\n}\n\nfunc g() {}\n"
	f, err := parser.ParseFile(fset, "/m/p/store.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	tf := fset.File(f.Pos())
	other := fset.AddFile("/m/q/other.go", -1, 10)
	other.SetLines([]int{0, 5})
	line := func(tf *token.File, n int) token.Pos { return tf.LineStart(n) }
	got := foldRelated(fset, line(tf, 3), []analysis.RelatedInformation{
		{Pos: line(tf, 4), Message: "leaks here"},
		{Pos: line(other, 2), Message: "started here"},
		{Pos: line(tf, 5), Message: "leaks here"},
	})
	want := " (leaks here: store.go:4, store.go:5; started here: ../q/other.go:2)"
	if got != want {
		t.Errorf("foldRelated = %q, want %q", got, want)
	}
	if got := foldRelated(fset, line(tf, 3), nil); got != "" {
		t.Errorf("foldRelated of nothing = %q, want empty", got)
	}
}
