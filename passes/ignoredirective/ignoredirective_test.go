package ignoredirective_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/ignoredirective"
)

func TestIgnoreDirective(t *testing.T) {
	as, err := otellint.Analyzers(otellint.Config{Enable: []string{"ignoredirective"}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testenv.TestData(t), as[0], "otellint.test/ignoredirective/...")
}

// TestDefaultAnalyzer checks that the package's own Analyzer, which does
// not know the pass names, reports only what it can judge.
func TestDefaultAnalyzer(t *testing.T) {
	results := analysistest.Run(nopT{t}, testenv.TestData(t), ignoredirective.Analyzer, "otellint.test/ignoredirective/...")
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if strings.Contains(d.Message, "unknown pass") {
				t.Errorf("default analyzer reported %q", d.Message)
			}
			n++
		}
	}
	if n != 2 {
		t.Errorf("default analyzer reported %d directives, want 2 (no reason, no pass)", n)
	}
}

// nopT drops analysistest's complaints about unmatched expectations: the
// default analyzer deliberately does not match the unknown-pass one.
type nopT struct{ *testing.T }

func (nopT) Errorf(string, ...any) {}
