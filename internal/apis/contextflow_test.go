package apis_test

import (
	"go/ast"
	"go/types"
	"maps"
	"slices"
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
		"done":     apis.ContextWaitMethods,
		"begintx":  {apis.SQLBeginTx},
		"waiter":   apis.ContextWaiters,
		"link":     apis.TraceLinks,
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
			m, n := checkCallNotes(t, pass, idx, f, "role", role)
			maps.Copy(met, m)
			checked += n
			fields := lineNotes(pass.Fset, f, "field: ")
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				line := pass.Fset.Position(sel.Pos()).Line
				want, ok := fields[line]
				v, isVar := pass.TypesInfo.Uses[sel.Sel].(*types.Var)
				if !ok || !isVar {
					return true
				}
				checked++
				if is := idx.IsField(v, apis.TimeTickerC); is != (want == "ticker") {
					t.Errorf("line %d: IsField(%s, %s) = %v, want field %s", line, types.ExprString(sel), apis.TimeTickerC, is, want)
				}
				return true
			})
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
