package highcardinality_test

import (
	"testing"

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
		"otellint.test/highcardinality/helpers/labels",
		"otellint.test/highcardinality/helpers/tags",
		"otellint.test/highcardinality/helpers/spanlabels",
		"otellint.test/highcardinality/helpers/labeluse",
	)
}

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
	summarytest.Same(t, testenv.TestData(t), highcardinality.Analyzer, "otellint.test/highcardinality/helpers/...")
}
