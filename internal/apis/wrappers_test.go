package apis_test

import (
	"go/ast"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/testenv"
)

// TestShadowedKey checks, on the calls of real logger wrappers, which
// recognised method each wrapper method stands in for ("// shadows:"
// comments; "none" for a method that stands in for nothing).
func TestShadowedKey(t *testing.T) {
	results := analysistest.Run(t, testenv.TestData(t), apis.Analyzer, "otellint.test/apis/wrappers")
	checked := 0
	for _, r := range results {
		idx := r.Result.(*apis.Index)
		for _, f := range r.Pass.Files {
			notes := lineNotes(r.Pass.Fset, f, "shadows: ")
			seen := map[int]bool{}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				line := r.Pass.Fset.Position(call.Pos()).Line
				want, ok := notes[line]
				if !ok || seen[line] {
					return true
				}
				seen[line] = true // the outermost call of the line
				fn := apis.Callee(r.Pass.TypesInfo, call)
				got := idx.ShadowedKey(fn)
				if got == "" {
					got = "none"
				}
				if want, _, _ = strings.Cut(want, " "); got != want {
					t.Errorf("line %d: shadows %s, want %s", line, got, want)
				}
				checked++
				return true
			})
		}
	}
	if checked < 9 {
		t.Errorf("checked %d calls, want 9", checked)
	}
}
