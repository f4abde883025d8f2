package apis_test

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/testenv"
)

// TestContextFlow runs the Analyzer on real calls of context, trace,
// baggage, database/sql and time, and checks each annotated call's role
// in the context-flow tables ("// role: lookup") and each annotated
// selector against the recognised fields ("// field: ticker"). Every entry
// of the tables must be met by a real call, so a renamed or missing API
// fails the test.
func TestContextFlow(t *testing.T) {
	tables := map[string][]string{
		"lookup":   apis.ContextLookups,
		"linker":   apis.ContextLinkers,
		"deadline": apis.ContextDeadlines,
		"done":     {apis.ContextDone},
		"begintx":  {apis.SQLBeginTx},
	}
	role := func(key string) string {
		for r, keys := range tables {
			if slices.Contains(keys, key) {
				return r
			}
		}
		return "none"
	}
	results := analysistest.Run(t, testenv.TestData(t), apis.Analyzer, "otellint.test/apis/contextflow")
	met := map[string]bool{}
	checked := 0
	for _, r := range results {
		idx, pass := r.Result.(*apis.Index), r.Pass
		for _, f := range pass.Files {
			roles := lineNotes(pass.Fset, f, "role: ")
			fields := lineNotes(pass.Fset, f, "field: ")
			got := map[int][]string{}
			ast.Inspect(f, func(n ast.Node) bool {
				if n == nil {
					return false
				}
				line := pass.Fset.Position(n.Pos()).Line
				switch n := n.(type) {
				case *ast.CallExpr:
					if _, ok := roles[line]; ok {
						k := idx.Key(n)
						met[k] = true
						got[line] = append(got[line], role(k))
					}
				case *ast.SelectorExpr:
					want, ok := fields[line]
					v, isVar := pass.TypesInfo.Uses[n.Sel].(*types.Var)
					if !ok || !isVar {
						break
					}
					checked++
					if is := idx.IsField(v, apis.TimeTickerC); is != (want == "ticker") {
						t.Errorf("line %d: IsField(%s, %s) = %v, want field %s", line, types.ExprString(n), apis.TimeTickerC, is, want)
					}
				}
				return true
			})
			for line, want := range roles {
				checked++
				if !slices.Contains(got[line], want) {
					t.Errorf("line %d: calls play %v, want %s", line, got[line], want)
				}
			}
		}
	}
	for _, keys := range tables {
		for _, k := range keys {
			if !met[k] {
				t.Errorf("%s: no real call in the test package", k)
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d annotations checked", checked)
	}
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
