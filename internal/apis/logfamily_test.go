package apis_test

import (
	"go/types"
	"maps"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/testenv"
)

// familyPackages is the expected family of every logging and printing
// package.
var familyPackages = map[string]string{
	"go.uber.org/zap":                                   apis.FamilyZap,
	"go.uber.org/zap/zapcore":                           apis.FamilyZap,
	"github.com/uptrace/opentelemetry-go-extra/otelzap": apis.FamilyZap,
	"log/slog":                                    apis.FamilySlog,
	"github.com/sirupsen/logrus":                  apis.FamilyLogrus,
	"github.com/rs/zerolog":                       apis.FamilyZerolog,
	"github.com/rs/zerolog/log":                   apis.FamilyZerolog,
	"log":                                         apis.FamilyStdLog,
	"github.com/go-kit/log":                       apis.FamilyGoKit,
	"github.com/go-kit/log/level":                 apis.FamilyGoKit,
	"github.com/go-kit/kit/log":                   apis.FamilyGoKit,
	"github.com/go-kit/kit/log/level":             apis.FamilyGoKit,
	"github.com/open-policy-agent/opa/v1/logging": "",
	"fmt":                            apis.FamilyFmt,
	"context":                        "",
	"go.opentelemetry.io/otel/trace": "",
}

// TestLoggingTables runs the Analyzer once on real calls of the logging
// libraries and checks the families and the logger builders on them.
func TestLoggingTables(t *testing.T) {
	results := analysistest.Run(t, testenv.TestData(t), apis.Analyzer, "otellint.test/apis/logging")
	t.Run("families", func(t *testing.T) { testLogFamilies(t, results) })
	t.Run("builds", func(t *testing.T) { testLoggerBuilds(t, results) })
}

// testLogFamilies checks the family of real calls of every logging
// library and of look-alikes ("// family:" comments), and that every
// package of the family table is a real package of the testdata module.
func testLogFamilies(t *testing.T, results []*analysistest.Result) {
	family := func(key string) string {
		if f := apis.LogFamily(key); f != "" {
			return f
		}
		return "none"
	}
	checked := 0
	seen := map[string]bool{}
	for _, r := range results {
		for _, f := range r.Pass.Files {
			met, n := checkCallNotes(t, r.Pass, r.Result.(*apis.Index), f, "family", family)
			checked += n
			for k := range met {
				seen[apis.LogFamily(k)] = true
			}
		}
	}
	for _, fam := range []string{apis.FamilyZap, apis.FamilySlog, apis.FamilyLogrus, apis.FamilyZerolog, apis.FamilyGoKit, apis.FamilyStdLog, apis.FamilyFmt} {
		if !seen[fam] {
			t.Errorf("family %s: no real call in the test package", fam)
		}
	}
	for _, fam := range apis.StructuredFamilies {
		if fam == apis.FamilyStdLog || fam == apis.FamilyFmt {
			t.Errorf("%s is not a structured logging library", fam)
		}
	}
	if checked < 15 {
		t.Fatalf("only %d annotations checked", checked)
	}

	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: testenv.TestData(t)}
	pkgs, err := packages.Load(cfg, slices.Collect(maps.Keys(familyPackages))...)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		if len(p.Errors) > 0 || p.Types == nil {
			t.Errorf("%s: %v", p.PkgPath, p.Errors)
			continue
		}
		if got, want := apis.PackageLogFamily(p.PkgPath), familyPackages[p.PkgPath]; got != want {
			t.Errorf("PackageLogFamily(%s) = %q, want %q", p.PkgPath, got, want)
		}
	}
	if len(pkgs) != len(familyPackages) {
		t.Errorf("loaded %d packages, want %d", len(pkgs), len(familyPackages))
	}
}

// testLoggerBuilds checks the logger construction tables on real calls
// ("// build:" comments); every entry of the tables must be met.
func testLoggerBuilds(t *testing.T, results []*analysistest.Result) {
	tables := []struct {
		note string
		keys []string
	}{
		{"costly", apis.CostlyLoggerBuilders},
		{"sampler", apis.LogSamplers},
		{"lookup", apis.LoggerLookups},
		{"cheap", apis.CheapLoggerBuilders},
	}
	build := func(key string) string {
		for _, tb := range tables {
			if slices.Contains(tb.keys, key) {
				return tb.note
			}
		}
		return "none"
	}
	met := map[string]bool{}
	for _, r := range results {
		for _, f := range r.Pass.Files {
			m, _ := checkCallNotes(t, r.Pass, r.Result.(*apis.Index), f, "build", build)
			maps.Copy(met, m)
		}
	}
	for _, tb := range tables {
		for _, k := range tb.keys {
			if !met[k] {
				t.Errorf("%s: no real call in the test package", k)
			}
		}
	}
}

// TestSlogCtxTwins checks against the real log/slog that each twin takes
// a context.Context and then exactly the parameters of the function it
// replaces, so that the fix "Info(msg, ...) -> InfoContext(ctx, msg, ...)"
// compiles.
func TestSlogCtxTwins(t *testing.T) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: testenv.TestData(t)}
	pkgs, err := packages.Load(cfg, apis.SlogPkg)
	if err != nil || len(pkgs) != 1 || pkgs[0].Types == nil {
		t.Fatalf("loading log/slog: %v", err)
	}
	slog := pkgs[0].Types
	lookup := func(key string) *types.Signature {
		_, typ, name := split(key)
		var obj types.Object
		if typ == "" {
			obj = slog.Scope().Lookup(name)
		} else if tn, ok := slog.Scope().Lookup(typ).(*types.TypeName); ok {
			obj, _, _ = types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, slog, name)
		}
		fn, ok := obj.(*types.Func)
		if !ok {
			t.Fatalf("%s: not a function of log/slog", key)
		}
		return fn.Type().(*types.Signature)
	}
	if len(apis.SlogCtxTwins) < 8 {
		t.Fatalf("only %d twins", len(apis.SlogCtxTwins))
	}
	for key, twin := range apis.SlogCtxTwins {
		plain, withCtx := lookup(key), lookup(twin)
		p, q := plain.Params(), withCtx.Params()
		if q.Len() != p.Len()+1 || q.At(0).Type().String() != apis.ContextIface {
			t.Errorf("%s%s is not %s with a context first: %s", twin, withCtx, key, plain)
			continue
		}
		for i := range p.Len() {
			if !types.Identical(p.At(i).Type(), q.At(i+1).Type()) {
				t.Errorf("%s: parameter %d is %s, %s has %s", twin, i+1, q.At(i+1).Type(), key, p.At(i).Type())
			}
		}
	}
}
