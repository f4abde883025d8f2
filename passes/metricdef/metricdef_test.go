package metricdef_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/metricdef"
)

func TestBuckets(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testenv.TestData(t), metricdef.Analyzer, "otellint.test/metricdef/buckets", "otellint.test/metricdef/views")
}

func TestBoundaries(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testenv.TestData(t), metricdef.Analyzer, "otellint.test/metricdef/boundaries")
}

// TestNativeBuckets checks that the coarse classic buckets of a
// Prometheus native histogram are not too few, and that unsorted ones
// still are reported.
func TestNativeBuckets(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), metricdef.Analyzer, "otellint.test/metricdef/nativebuckets")
}

// TestMinBoundaries runs the boundaries with -metricdef.min-boundaries=3:
// three boundaries are enough.
func TestMinBoundaries(t *testing.T) {
	a, err := metricdef.Pass.New(metricdef.Config{Checks: metricdef.Pass.DefaultConfig().Checks, MinBoundaries: 3})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testenv.TestData(t), a, "otellint.test/metricdef/configured")
}

func TestConfig(t *testing.T) {
	if _, err := metricdef.Pass.New(metricdef.Config{MinBoundaries: -1}); err == nil {
		t.Error("a negative min-boundaries was accepted")
	}
	if _, err := metricdef.Pass.New(metricdef.Config{Checks: []string{"unit-mismatches"}}); err == nil {
		t.Error("an unknown check was accepted")
	}
	a, err := metricdef.Pass.New(metricdef.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("min-boundaries", "x"); err == nil {
		t.Error("min-boundaries accepted a word")
	}
	if err := a.Flags.Set("min-boundaries", "8"); err != nil {
		t.Error(err)
	}
	if got := metricdef.Analyzer.Flags.Lookup("min-boundaries").Value.String(); got != "5" {
		t.Errorf("the default analyzer's min-boundaries is %s after setting another's", got)
	}
}

func TestUnits(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testenv.TestData(t), metricdef.Analyzer, "otellint.test/metricdef/units", "otellint.test/metricdef/names", "otellint.test/metricdef/successor")
}

func TestMismatch(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), metricdef.Analyzer, "otellint.test/metricdef/mismatch")
}

func TestCounters(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), metricdef.Analyzer, "otellint.test/metricdef/counters", "otellint.test/metricdef/prom")
}

// TestExamples proves the examples of the documentation.
func TestExamples(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), metricdef.Analyzer, "otellint.test/metricdef/examples")
}
