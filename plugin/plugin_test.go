package plugin_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/passes/spanend"
	"github.com/otellint/otellint/plugin"
)

// settings returns raw settings as golangci-lint hands them to a plugin:
// YAML decoded into maps with lower-cased keys.
func settings(kv ...any) map[string]any {
	m := map[string]any{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return m
}

// passNames returns the names of the passes the plugin runs: the
// prerequisites of its one analyzer.
func passNames(t *testing.T, p register.LinterPlugin) []string {
	t.Helper()
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].Name != plugin.Name {
		t.Fatalf("BuildAnalyzers() = %v, want the one analyzer %q", as, plugin.Name)
	}
	var names []string
	for _, a := range as[0].Requires {
		names = append(names, a.Name)
	}
	return names
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin(plugin.Name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	if names, want := passNames(t, p), otellint.Names(); !reflect.DeepEqual(names, want) {
		t.Errorf("passes = %v, want every pass of the registry %v", names, want)
	}
	as, _ := p.BuildAnalyzers()
	if err := analysis.Validate(as); err != nil {
		t.Errorf("the plugin's analyzer is not valid: %v", err)
	}
}

func TestDecodeSettingsDefaults(t *testing.T) {
	for _, raw := range []any{nil, map[string]any{}} {
		cfg, err := plugin.DecodeSettings(raw)
		if err != nil {
			t.Fatalf("DecodeSettings(%v): %v", raw, err)
		}
		if want := otellint.DefaultConfig(); !reflect.DeepEqual(cfg, want) {
			t.Errorf("DecodeSettings(%v) = %+v, want the defaults %+v", raw, cfg, want)
		}
	}
}

func TestDecodeSettingsOverlay(t *testing.T) {
	def := otellint.DefaultConfig()
	cfg, err := plugin.DecodeSettings(settings(
		"disable", []any{"piilog"},
		"spanend", settings("checks", []any{"missing-end"}),
	))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(cfg.Disable, []string{"piilog"}) {
		t.Errorf("Disable = %v, want [piilog]", cfg.Disable)
	}
	if got := otellint.ConfigOf(&cfg, &spanend.Pass).Checks; !reflect.DeepEqual(got, passkit.Checks{"missing-end"}) {
		t.Errorf("spanend checks = %v, want the list replaced by [missing-end]", got)
	}
	// Everything not mentioned keeps its default.
	want := otellint.DefaultConfig()
	want.Disable = cfg.Disable
	otellint.ConfigOf(&want, &spanend.Pass).Checks = passkit.Checks{"missing-end"}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("settings not mentioned lost their defaults:\ngot  %+v\nwant %+v", cfg, want)
	}
	// The defaults themselves are untouched.
	if !reflect.DeepEqual(otellint.DefaultConfig(), def) {
		t.Errorf("DecodeSettings changed the defaults")
	}

	p, err := plugin.New(settings("disable", []any{"piilog"}))
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(passNames(t, p), "piilog") {
		t.Errorf("disabled pass piilog is built")
	}
	p, err = plugin.New(settings("enable", []any{"spanend"}))
	if err != nil {
		t.Fatal(err)
	}
	if names := passNames(t, p); !reflect.DeepEqual(names, []string{"spanend"}) {
		t.Errorf("enable [spanend] built %v", names)
	}
}

// TestDecodeSettingsEveryPass checks that each pass of the registry has a
// settings block that accepts its own default options.
func TestDecodeSettingsEveryPass(t *testing.T) {
	for _, p := range otellint.Passes {
		name := p.Info().Name
		if _, err := plugin.New(settings(name, settings())); err != nil {
			t.Errorf("settings block %q: %v", name, err)
		}
	}
}

func TestSettingsErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings map[string]any
		want     string
	}{
		{"unknown key", settings("disabled", []any{"piilog"}), `unknown setting "disabled"`},
		{"unknown option", settings("spanend", settings("chekcs", []any{"missing-end"})), `spanend: unknown option "chekcs" (options: checks, extra-start-funcs, extra-end-funcs, expected-errors)`},
		{"option in the wrong place", settings("checks", []any{"missing-end"}), `unknown setting "checks"`},
		{"unknown pass in enable", settings("enable", []any{"spanned"}), `unknown pass "spanned"`},
		{"unknown pass in disable", settings("disable", []any{"pii"}), `unknown pass "pii"`},
		{"bad option value", settings("spanend", settings("checks", []any{"missing-ending"})), `unknown check "missing-ending"`},
		{"option of the wrong type", settings("spanend", settings("checks", "missing-end")), `spanend: option "checks": want a list of check names, got "missing-end"`},
		{"pass block not a block", settings("spanend", "missing-end"), `spanend: want a block of options`},
		{"enable not a list", settings("enable", "spanend"), "enable: want a list of pass names"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := plugin.New(tc.settings)
			if err == nil {
				t.Fatalf("New(%v) succeeded, want an error", tc.settings)
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "otellint settings: ") {
				t.Errorf("New(%v) error = %q, want it to start with \"otellint settings: \" and mention %q", tc.settings, err, tc.want)
			}
		})
	}
}

// TestNoFacts checks that no analyzer the plugin gives golangci-lint
// declares facts, directly or through what it requires: golangci-lint
// would run it on every dependency, from source when its cache is cold.
// The fact-bearing passes run in summary mode.
func TestNoFacts(t *testing.T) {
	p, err := plugin.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		if len(a.FactTypes) > 0 {
			t.Errorf("%s declares facts", a.Name)
		}
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range as {
		visit(a)
	}
	withFacts := 0
	all, err := otellint.Analyzers(otellint.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range all {
		if len(a.FactTypes) > 0 {
			withFacts++
		}
	}
	if withFacts == 0 {
		t.Errorf("no pass of the suite declares facts: the summary mode is not exercised")
	}
}
