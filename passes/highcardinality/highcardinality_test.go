package highcardinality_test

import (
	"fmt"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/summary/summarytest"
	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/highcardinality"
)

func TestHighCardinality(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), highcardinality.Analyzer,
		"otellint.test/highcardinality/article",
		"otellint.test/highcardinality/otelmetric",
		"otellint.test/highcardinality/values",
		"otellint.test/highcardinality/errtext",
		"otellint.test/highcardinality/sentinel",
		"otellint.test/highcardinality/params",
		"otellint.test/highcardinality/prom",
		"otellint.test/highcardinality/generics",
		"otellint.test/highcardinality/bounded",
		"otellint.test/highcardinality/routes",
		"otellint.test/highcardinality/hostheader",
		"otellint.test/highcardinality/infometric",
		"otellint.test/highcardinality/configured",
		"otellint.test/highcardinality/deleted",
		"otellint.test/highcardinality/helpers/attrs",
		"otellint.test/highcardinality/helpers/app",
		"otellint.test/highcardinality/helpers/internal/vecs",
		"otellint.test/highcardinality/helpers/web",
		"otellint.test/highcardinality/helpers/status",
		"otellint.test/highcardinality/helpers/reqmetrics",
		"otellint.test/highcardinality/helpers/proxy",
	)
}

// labelTypePackages are the cases of the module's own label types.
var labelTypePackages = []string{
	"otellint.test/highcardinality/helpers/labels",
	"otellint.test/highcardinality/helpers/tags",
	"otellint.test/highcardinality/helpers/spanlabels",
	"otellint.test/highcardinality/helpers/labeluse",
}

// labelTypes returns the analyzer with the label-types option on.
func labelTypes(t *testing.T) *analysis.Analyzer {
	t.Helper()
	a, err := highcardinality.Pass.New(highcardinality.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("label-types", "true"); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestLabelTypes(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), labelTypes(t), labelTypePackages...)
}

// TestLabelTypesOff checks that, by default, nothing given to the
// module's own label types is reported.
func TestLabelTypesOff(t *testing.T) {
	var missing recorder
	for _, r := range analysistest.Run(&missing, testenv.TestData(t), highcardinality.Analyzer, labelTypePackages...) {
		for _, d := range r.Diagnostics {
			t.Errorf("%s: reported with label-types off: %s", r.Pass.Fset.Position(d.Pos), d.Message)
		}
	}
	if len(missing) == 0 {
		t.Error("the label-type cases expect no finding: the test would not see the option's effect")
	}
}

// recorder collects what analysistest reports: with the option off, the
// findings the cases expect are missing.
type recorder []string

func (r *recorder) Errorf(format string, args ...any) { *r = append(*r, fmt.Sprintf(format, args...)) }

func TestKeyFlags(t *testing.T) {
	a, err := highcardinality.Pass.New(highcardinality.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for name, value := range map[string]string{"extra-keys": "tenant", "allow-keys": "customer_id"} {
		if err := a.Flags.Set(name, value); err != nil {
			t.Fatal(err)
		}
	}
	analysistest.Run(t, testenv.TestData(t), a, "otellint.test/highcardinality/config")
}

func TestConfigErrors(t *testing.T) {
	cfg := highcardinality.Pass.DefaultConfig()
	cfg.ExtraKeys = []string{"._"}
	if _, err := highcardinality.Pass.New(cfg); err == nil {
		t.Error("NewAnalyzer with a key of no words: got no error")
	}
	cfg = highcardinality.Pass.DefaultConfig()
	cfg.Checks = []string{"unbounded"}
	if _, err := highcardinality.Pass.New(cfg); err == nil {
		t.Error("NewAnalyzer with an unknown check: got no error")
	}
	if err := highcardinality.Analyzer.Flags.Set("allow-keys", "user_id,-"); err == nil {
		t.Error("setting -allow-keys to a key of no words: got no error")
	}
}

// TestSummary checks that the cross-package case (attribute helpers of
// another package) finds the same diagnostics when the facts are computed
// by the summary service, as under golangci-lint.
func TestSummary(t *testing.T) {
	summarytest.Same(t, testenv.TestData(t), labelTypes(t), "otellint.test/highcardinality/helpers/...")
}
