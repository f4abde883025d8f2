// Package summarytest checks that an analyzer finds the same diagnostics
// in facts mode and in summary mode.
package summarytest

import (
	"fmt"
	"os"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/otellint/otellint/internal/summary"
)

// Same loads the packages of the module in dir that match patterns, as
// analysistest does, runs a on them with its facts and its summary-mode
// copy ([summary.Rechecking]: every fact of another package computed
// from that package checked again), and reports an error if the two do
// not report the same diagnostics, or report none. The "// want"
// comments are the business of the pass's other tests.
func Same(t *testing.T, dir string, a *analysis.Analyzer, patterns ...string) {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
			packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo |
			packages.NeedDeps | packages.NeedModule,
		Dir:   dir,
		Tests: true,
		Env:   append(os.Environ(), "GO111MODULE=on", "GOPROXY=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	as, err := summary.Rechecking([]*analysis.Analyzer{a})
	if err != nil {
		t.Fatal(err)
	}
	s := *as[0]
	s.Name = a.Name + "_summary" // the names of a run's analyzers differ
	res, err := checker.Analyze([]*analysis.Analyzer{a, &s}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for _, act := range res.Roots {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
			continue
		}
		for _, d := range act.Diagnostics {
			line := fmt.Sprintf("%s: %s", act.Package.Fset.Position(d.Pos), d.Message)
			if act.Analyzer == a {
				want = append(want, line)
			} else {
				got = append(got, line)
			}
		}
	}
	if len(want) == 0 {
		t.Fatalf("%s reports nothing on %v: the cases show nothing", a.Name, patterns)
	}
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
