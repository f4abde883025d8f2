package apis_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/testenv"
)

// TestResourceSDKDetectors runs resource.New of the real SDK with each
// option that adds detectors: every option the table lists yields,
// without error, a resource with the schema URL of resource.Default(),
// and the schemaless option does not.
func TestResourceSDKDetectors(t *testing.T) {
	cmd := exec.Command("go", "run", "./apis/resourceoptions")
	cmd.Dir = testenv.TestData(t)
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "OTEL_RESOURCE_ATTRIBUTES=", "OTEL_SERVICE_NAME=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go run: %v\n%s", err, out)
	}
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		name, rest, _ := strings.Cut(line, "\t")
		got[apis.ResourcePkg+"."+name] = rest
	}
	for _, key := range apis.ResourceSDKDetectors {
		if r, ok := got[key]; !ok {
			t.Errorf("%s: not run by apis/resourceoptions", key)
		} else if r != "true\t<nil>" {
			t.Errorf("%s: resource.New gives (SDK schema URL, error) = %s", key, r)
		}
	}
	if r := got[apis.ResourceWithFromEnv]; r != "false\t<nil>" {
		t.Errorf("%s: resource.New gives (SDK schema URL, error) = %s, want a schemaless resource", apis.ResourceWithFromEnv, r)
	}
}

// TestInstrument checks the shape of every instrument constructor.
func TestInstrument(t *testing.T) {
	want := map[string]apis.Instrument{
		"Int64Counter":                   {Kind: "counter"},
		"Float64Counter":                 {Kind: "counter", Float: true},
		"Int64UpDownCounter":             {Kind: "updowncounter"},
		"Float64UpDownCounter":           {Kind: "updowncounter", Float: true},
		"Int64Histogram":                 {Kind: "histogram"},
		"Float64Histogram":               {Kind: "histogram", Float: true},
		"Int64Gauge":                     {Kind: "gauge"},
		"Float64Gauge":                   {Kind: "gauge", Float: true},
		"Int64ObservableCounter":         {Kind: "counter", Observable: true},
		"Float64ObservableCounter":       {Kind: "counter", Float: true, Observable: true},
		"Int64ObservableUpDownCounter":   {Kind: "updowncounter", Observable: true},
		"Float64ObservableUpDownCounter": {Kind: "updowncounter", Float: true, Observable: true},
		"Int64ObservableGauge":           {Kind: "gauge", Observable: true},
		"Float64ObservableGauge":         {Kind: "gauge", Float: true, Observable: true},
	}
	if len(want) != len(apis.InstrumentConstructors) {
		t.Errorf("%d constructors, %d shapes", len(apis.InstrumentConstructors), len(want))
	}
	for _, key := range apis.InstrumentConstructors {
		got, ok := apis.Instruments[key]
		name := key[strings.LastIndexByte(key, '.')+1:]
		if !ok || got != want[name] {
			t.Errorf("Instruments[%s] = %+v, %v; want %+v", key, got, ok, want[name])
		}
	}
	for _, key := range []string{apis.MeterRegisterCB, apis.TracerStart, "(go.opentelemetry.io/otel/metric.Meter).Int64Observer"} {
		if s, ok := apis.Instruments[key]; ok {
			t.Errorf("Instruments[%s] = %+v; want none", key, s)
		}
	}
}

// TestSemconvVersion checks the versions read from package paths.
func TestSemconvVersion(t *testing.T) {
	for _, tc := range []struct {
		path     string
		version  string
		root, ok bool
	}{
		{"go.opentelemetry.io/otel/semconv/v1.26.0", "v1.26.0", true, true},
		{"go.opentelemetry.io/otel/semconv/v1.23.1", "v1.23.1", true, true},
		{"go.opentelemetry.io/otel/semconv/v1.26.0/httpconv", "v1.26.0", false, true},
		{"go.opentelemetry.io/otel/semconv/internal", "", false, false},
		{"go.opentelemetry.io/otel/semconv", "", false, false},
		{"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp/internal/semconv", "", false, false},
	} {
		v, root, ok := apis.SemconvVersion(tc.path)
		if v != tc.version || root != tc.root || ok != tc.ok {
			t.Errorf("SemconvVersion(%q) = %q, %v, %v; want %q, %v, %v", tc.path, v, root, ok, tc.version, tc.root, tc.ok)
		}
	}
}
