package sdksetup_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/summary/summarytest"
	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/sdksetup"
)

func TestDefault(t *testing.T) {
	var pkgs []string
	for _, p := range []string{"examples", "setup", "never", "takenback", "paths", "skipped", "export", "testsupport", "sampler", "batch", "endpoint", "loadgen", "loadgenglobal", "optin"} {
		pkgs = append(pkgs, "otellint.test/sdksetup/"+p)
	}
	analysistest.Run(t, testenv.TestData(t), sdksetup.Analyzer, pkgs...)
}

func TestServiceName(t *testing.T) {
	cfg := sdksetup.Pass.DefaultConfig()
	cfg.ServiceName = sdksetup.ServiceNameRequireCode
	a, err := sdksetup.Pass.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testenv.TestData(t), a, "otellint.test/sdksetup/servicename")
}

func TestAllowedSamplers(t *testing.T) {
	cfg := sdksetup.Pass.DefaultConfig()
	cfg.AllowedSamplers = []string{"go.opentelemetry.io/otel/sdk/trace.ParentBased"}
	a, err := sdksetup.Pass.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testenv.TestData(t), a, "otellint.test/sdksetup/allowed")
}

func TestFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testenv.TestData(t), sdksetup.Analyzer, "otellint.test/sdksetup/endpointfix", "otellint.test/sdksetup/samplerfix")
}

func TestConfig(t *testing.T) {
	for _, bad := range []sdksetup.Config{
		{Checks: []string{"provider-not-shut-down"}, ServiceName: sdksetup.ServiceNameOff},
		{ServiceName: "required"},
		{ServiceName: sdksetup.ServiceNameOff, AllowedSamplers: []string{"ParentBased"}},
		{ServiceName: sdksetup.ServiceNameOff, AllowedSamplers: []string{"(go.opentelemetry.io/otel/sdk/trace.Sampler).ShouldSample"}},
		{ServiceName: sdksetup.ServiceNameOff, AllowedSamplers: []string{"go.opentelemetry.io/otel/sdk/trace.ParentBased, go.opentelemetry.io/otel/sdk/trace.AlwaysSample"}},
	} {
		if _, err := sdksetup.Pass.New(bad); err == nil {
			t.Errorf("New(%+v) succeeded, want an error", bad)
		}
	}
	a, err := sdksetup.Pass.New(sdksetup.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("service-name", "sometimes"); err == nil {
		t.Error("flag accepted an invalid service-name")
	}
	if err := a.Flags.Set("allowed-samplers", "go.opentelemetry.io/otel/sdk/trace.AlwaysSample"); err != nil {
		t.Error(err)
	}
}

// TestFixCompiles type-checks each package of the fix tests with its
// golden file in place of its source: the fixed code must compile.
func TestFixCompiles(t *testing.T) {
	testenv.GoldenCompiles(t, "sdksetup", "endpointfix", "samplerfix")
}

// TestSummary checks that the cross-package cases (set-up helpers of another package) find the
// same diagnostics when the facts are computed by the summary service, as
// under golangci-lint.
func TestSummary(t *testing.T) {
	summarytest.Same(t, testenv.TestData(t), sdksetup.Analyzer, "otellint.test/sdksetup/skipped")
}
