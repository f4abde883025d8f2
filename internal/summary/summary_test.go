package summary_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/summary"
)

// fact is a fact type for the test analyzers.
type fact struct{}

// AFact marks fact as a fact.
func (*fact) AFact() {}

// TestAnalyzers checks that summary mode removes the FactTypes of the
// analyzers that declare some, keeps the others as they are, and refuses
// an analyzer that requires one with facts.
func TestAnalyzers(t *testing.T) {
	run := func(*analysis.Pass) (any, error) { return nil, nil }
	plain := &analysis.Analyzer{Name: "plain", Doc: "plain", Run: run}
	withFacts := &analysis.Analyzer{Name: "withfacts", Doc: "withfacts", Run: run, FactTypes: []analysis.Fact{new(fact)}}
	out, err := summary.Analyzers([]*analysis.Analyzer{plain, withFacts})
	if err != nil {
		t.Fatal(err)
	}
	if out[0] != plain {
		t.Errorf("an analyzer without facts was copied")
	}
	if out[1] == withFacts || len(out[1].FactTypes) > 0 || out[1].Name != withFacts.Name {
		t.Errorf("summary mode of an analyzer with facts: %+v", out[1])
	}
	if len(withFacts.FactTypes) == 0 {
		t.Errorf("the analyzer given was changed")
	}
	if err := analysis.Validate(out); err != nil {
		t.Error(err)
	}
	requiring := &analysis.Analyzer{Name: "requiring", Doc: "requiring", Run: run, Requires: []*analysis.Analyzer{withFacts}}
	if _, err := summary.Analyzers([]*analysis.Analyzer{requiring}); err == nil || !strings.Contains(err.Error(), "declares facts") {
		t.Errorf("an analyzer requiring one with facts: err = %v", err)
	}
}
