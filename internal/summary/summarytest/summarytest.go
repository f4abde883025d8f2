// Package summarytest checks that an analyzer finds the same diagnostics
// in facts mode and in summary mode.
package summarytest

import (
	"fmt"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/summary"
)

// Same runs a on the packages of dir that match patterns, with its
// facts, checking the "// want" comments, then its summary-mode copy
// ([summary.Rechecking]: every fact computed from a package checked
// again), and reports an error if the two runs do not
// report the same diagnostics. The expectations of facts are not checked
// in summary mode, which exports none.
func Same(t *testing.T, dir string, a *analysis.Analyzer, patterns ...string) {
	t.Helper()
	want := diagnostics(analysistest.Run(t, dir, a, patterns...))
	as, err := summary.Rechecking([]*analysis.Analyzer{a})
	if err != nil {
		t.Fatal(err)
	}
	got := diagnostics(analysistest.Run(quiet{}, dir, as[0], patterns...))
	for _, d := range want {
		if !slices.Contains(got, d) {
			t.Errorf("summary mode misses %s", d)
		}
	}
	for _, d := range got {
		if !slices.Contains(want, d) {
			t.Errorf("summary mode adds %s", d)
		}
	}
}

// diagnostics renders the diagnostics of the results, sorted.
func diagnostics(results []*analysistest.Result) []string {
	var out []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			out = append(out, fmt.Sprintf("%s: %s", r.Pass.Fset.Position(d.Pos), d.Message))
		}
	}
	slices.Sort(out)
	return out
}

// quiet is an analysistest.Testing that ignores the unmet expectations of
// the summary-mode run: its facts.
type quiet struct{}

// Errorf ignores an unmet expectation.
func (quiet) Errorf(string, ...any) {}
