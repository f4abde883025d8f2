package semconv

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/otellint/otellint/internal/testenv"
)

// TestAttribute checks the facts of well-known attributes.
func TestAttribute(t *testing.T) {
	for _, tc := range []struct {
		key       string
		want      Attr // Enum is checked apart
		wantMatch string
	}{
		{key: "http.method", want: Attr{Key: "http.method", Type: TypeString, Deprecated: Deprecation{Reason: Renamed, RenamedTo: "http.request.method"}}},
		{key: "http.response.status_code", want: Attr{Key: "http.response.status_code", Type: TypeInt, Stability: Stable}},
		{key: "url.full", want: Attr{Key: "url.full", Type: TypeString, Stability: Stable}},
		{key: "http.target", want: Attr{Key: "http.target", Type: TypeString, Deprecated: Deprecation{Reason: Obsoleted, Note: "Split to `url.path` and `url.query`."}}},
		// A template attribute, by its own key and through a key under it.
		{key: "http.request.header", want: Attr{Key: "http.request.header", Type: TypeStringSlice, Template: true, Stability: Stable}},
		{key: "http.request.header.content-type", want: Attr{Key: "http.request.header", Type: TypeStringSlice, Template: true, Stability: Stable}},
		{key: "k8s.pod.label.app.kubernetes.io/name", want: Attr{Key: "k8s.pod.label", Type: TypeString, Template: true, Stability: Stable}},
		// From the definition/2 syntax of the registry.
		{key: "server.address", want: Attr{Key: "server.address", Type: TypeString, Stability: Stable}},
		// The hand-written HTTP migration table.
		{key: "http.resend_count", want: Attr{Key: "http.resend_count", Type: TypeInt, Deprecated: Deprecation{Reason: Renamed, RenamedTo: "http.request.resend_count", Note: httpNote}}},
	} {
		got, ok := Attribute(tc.key)
		got.Enum = nil
		if !ok || !equalAttr(got, tc.want) {
			t.Errorf("Attribute(%q) = %+v, %v; want %+v", tc.key, got, ok, tc.want)
		}
	}
	for _, key := range []string{"user_id", "http.request.method.extra", "http.request.header.", "http", ""} {
		if a, ok := Attribute(key); ok {
			t.Errorf("Attribute(%q) = %+v; want none", key, a)
		}
	}
}

// equalAttr compares attributes without their enums.
func equalAttr(a, b Attr) bool {
	a.Enum, b.Enum = nil, nil
	return a.Key == b.Key && a.Type == b.Type && a.Template == b.Template && a.Stability == b.Stability && a.Deprecated == b.Deprecated
}

// TestEnum checks string and int enums and deprecated members.
func TestEnum(t *testing.T) {
	method, _ := Attribute("http.request.method")
	if method.Type != TypeString || method.Stability != Stable {
		t.Errorf("http.request.method: type %v, stability %v; want string, stable", method.Type, method.Stability)
	}
	var values []string
	for _, m := range method.Enum {
		values = append(values, m.Value)
	}
	for _, v := range []string{"GET", "POST", "PATCH", "_OTHER"} {
		if !slices.Contains(values, v) {
			t.Errorf("http.request.method members %v lack %q", values, v)
		}
	}
	if _, ok := method.Member("get"); ok {
		t.Errorf("http.request.method has a member %q; members are case-sensitive", "get")
	}

	grpc, _ := Attribute("rpc.grpc.status_code")
	if grpc.Type != TypeInt || len(grpc.Enum) != 17 || grpc.Enum[16].Value != "16" || grpc.Deprecated.Reason != Uncategorized {
		t.Errorf("rpc.grpc.status_code = %+v; want a deprecated int enum 0..16", grpc)
	}

	db, _ := Attribute("db.system")
	cache, ok := db.Member("cache")
	if !ok || cache.Deprecated != (Deprecation{Reason: Renamed, RenamedTo: "intersystems_cache"}) {
		t.Errorf("db.system member cache = %+v, %v; want renamed to intersystems_cache", cache, ok)
	}

	status, _ := Attribute("otel.status_code")
	if len(status.Enum) != 2 || status.Enum[0].Value != "OK" || status.Enum[1].Value != "ERROR" {
		t.Errorf("otel.status_code members = %+v; want OK, ERROR", status.Enum)
	}
}

// TestMetric checks the facts of well-known metrics, deprecated ones and
// the pre-stable HTTP names.
func TestMetric(t *testing.T) {
	for _, tc := range []struct {
		name        string
		want        MetricDef
		unitChanged bool
	}{
		{name: "http.server.request.duration", want: MetricDef{Name: "http.server.request.duration", Instrument: Histogram, Unit: "s", Stability: Stable}},
		{name: "db.client.connections.usage", want: MetricDef{Name: "db.client.connections.usage", Instrument: UpDownCounter, Unit: "{connection}", Deprecated: Deprecation{Reason: Renamed, RenamedTo: "db.client.connection.count"}}},
		{name: "hw.cpu.speed", want: MetricDef{Name: "hw.cpu.speed", Instrument: Gauge, Unit: "Hz"}}, // definition/2 syntax
		{name: "cpu.frequency", want: MetricDef{Name: "cpu.frequency", Instrument: Gauge, Unit: "{Hz}", Deprecated: Deprecation{Reason: Renamed, RenamedTo: "system.cpu.frequency"}}, unitChanged: true},
		{name: "http.server.duration", want: MetricDef{Name: "http.server.duration", Instrument: Histogram, Unit: "ms", Deprecated: Deprecation{Reason: Renamed, RenamedTo: "http.server.request.duration", Note: httpNote}}, unitChanged: true},
		{name: "http.client.duration", want: MetricDef{Name: "http.client.duration", Instrument: Histogram, Unit: "ms", Deprecated: Deprecation{Reason: Renamed, RenamedTo: "http.client.request.duration", Note: httpNote}}, unitChanged: true},
		{name: "http.server.request.size", want: MetricDef{Name: "http.server.request.size", Instrument: Histogram, Unit: "By", Deprecated: Deprecation{Reason: Renamed, RenamedTo: "http.server.request.body.size", Note: httpNote}}},
	} {
		got, ok := Metric(tc.name)
		if !ok || got != tc.want {
			t.Errorf("Metric(%q) = %+v, %v; want %+v", tc.name, got, ok, tc.want)
		}
		if got.UnitChanged() != tc.unitChanged {
			t.Errorf("Metric(%q).UnitChanged() = %v; want %v", tc.name, got.UnitChanged(), tc.unitChanged)
		}
	}
	r, ok := MetricDef{Deprecated: Deprecation{Reason: Renamed, RenamedTo: "db.client.connection.count"}}.Replacement()
	if !ok || r.Name != "db.client.connection.count" || r.Instrument != UpDownCounter {
		t.Errorf("replacement of db.client.connections.usage = %+v, %v", r, ok)
	}
	if m, ok := Metric("http.server.request"); ok {
		t.Errorf("Metric(%q) = %+v; want none", "http.server.request", m)
	}
}

// TestHTTPMigration checks the hand-written table against the registry:
// the old names are absent from it (else the entry is redundant), the new
// ones present with the recorded unit and type.
func TestHTTPMigration(t *testing.T) {
	inTable := func(key string) (Attr, bool) {
		i, ok := slices.BinarySearchFunc(attrs[:], key, func(a Attr, k string) int { return strings.Compare(a.Key, k) })
		if !ok {
			return Attr{}, false
		}
		return attrs[i], true
	}
	for _, r := range httpMetricRenames {
		if slices.ContainsFunc(metrics[:], func(m MetricDef) bool { return m.Name == r.old }) {
			t.Errorf("%s is in the registry now; drop it from the HTTP migration table", r.old)
		}
		n, ok := Metric(r.new)
		if !ok || n.Unit != r.newUnit || n.Instrument != Histogram || n.Deprecated.Reason != NotDeprecated {
			t.Errorf("%s -> %s: the registry has %+v, %v; want a histogram in %s", r.old, r.new, n, ok, r.newUnit)
		}
		old, _ := Metric(r.old)
		if old.UnitChanged() != (r.oldUnit != r.newUnit) {
			t.Errorf("%s: UnitChanged = %v with units %s -> %s", r.old, old.UnitChanged(), r.oldUnit, r.newUnit)
		}
	}
	for _, r := range httpAttrRenames {
		if _, ok := inTable(r.old); ok {
			t.Errorf("%s is in the registry now; drop it from the HTTP migration table", r.old)
		}
		if n, ok := inTable(r.new); !ok || n.Type != r.typ || n.Deprecated.Reason != NotDeprecated {
			t.Errorf("%s -> %s: the registry has %+v, %v; want %v", r.old, r.new, n, ok, r.typ)
		}
	}
}

// TestTable checks invariants of the generated table that the lookups
// rely on, and that renames point at keys the table knows.
func TestTable(t *testing.T) {
	if Version != "v1.44.0" || !strings.HasSuffix(SchemaURL, "/1.44.0") {
		t.Errorf("Version %q, SchemaURL %q", Version, SchemaURL)
	}
	if len(attrs) < 900 || len(metrics) < 500 {
		t.Errorf("%d attributes and %d metrics; the registry has more", len(attrs), len(metrics))
	}
	for i := 1; i < len(attrs); i++ {
		if attrs[i-1].Key >= attrs[i].Key {
			t.Errorf("attributes out of order: %q, %q", attrs[i-1].Key, attrs[i].Key)
		}
	}
	for i := 1; i < len(metrics); i++ {
		if metrics[i-1].Name >= metrics[i].Name {
			t.Errorf("metrics out of order: %q, %q", metrics[i-1].Name, metrics[i].Name)
		}
	}
	deprecated := 0
	for a := range Attributes() {
		if a.Deprecated.Reason == NotDeprecated {
			continue
		}
		deprecated++
		if to := a.Deprecated.RenamedTo; to != "" {
			if _, ok := Attribute(to); !ok {
				t.Errorf("%s is renamed to %s, which the table lacks", a.Key, to)
			}
		}
	}
	if deprecated < 200 {
		t.Errorf("%d deprecated attributes; the registry has more", deprecated)
	}
	for m := range Metrics() {
		if m.Deprecated.Reason == Renamed {
			if _, ok := m.Replacement(); !ok {
				t.Errorf("%s is renamed to %s, which the table lacks", m.Name, m.Deprecated.RenamedTo)
			}
		}
	}
	for _, tc := range []struct{ got, want string }{
		{TypeStringSlice.String(), "string[]"}, {TypeBool.String(), "boolean"}, {ReleaseCandidate.String(), "release_candidate"},
		{UpDownCounter.String(), "updowncounter"}, {Obsoleted.String(), "obsoleted"},
	} {
		if tc.got != tc.want {
			t.Errorf("String() = %q; want %q", tc.got, tc.want)
		}
	}
}

// TestNamespace checks the namespaces that keys lie under.
func TestNamespace(t *testing.T) {
	for key, want := range map[string]string{
		"http.request.foo": "http.request",
		"http.foo":         "http",
		"otel.custom":      "otel",
		"net.foo":          "net", // only deprecated attributes use net.*
		"myapp.user.tier":  "",
		"http":             "",
		"user_id":          "",
	} {
		got, ok := Namespace(key)
		if got != want || ok != (want != "") {
			t.Errorf("Namespace(%q) = %q, %v; want %q", key, got, ok, want)
		}
	}
}

// TestFresh regenerates the table from the registry and compares it with
// the committed one. Without the registry it skips, except in CI.
func TestFresh(t *testing.T) {
	root := testenv.Root()
	dir := os.Getenv("OTELLINT_SEMCONV_DIR")
	if dir == "" {
		dir = filepath.Join(root, "..", "shared", "semconv")
	}
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no semantic-conventions registry at %s (set OTELLINT_SEMCONV_DIR): %v", dir, err)
		}
		t.Skipf("no semantic-conventions registry at %s; set OTELLINT_SEMCONV_DIR to check that table_gen.go is fresh", dir)
	}
	out := filepath.Join(t.TempDir(), "table_gen.go")
	cmd := exec.Command("go", "run", ".", "-registry", dir, "-out", out)
	cmd.Dir = filepath.Join(root, "internal", "semconv", "gen")
	cmd.Env = append(os.Environ(), "GOWORK=off")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("running the generator: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("table_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, committed) {
		t.Errorf("table_gen.go is stale: run go generate ./internal/semconv (registry %s)", dir)
	}
}
