package apis_test

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/testenv"
)

// TestCalls runs the Analyzer on real calls of the real libraries and
// checks the key of every call against its "key:" comment.
func TestCalls(t *testing.T) {
	results := analysistest.Run(t, testenv.TestData(t), apis.Analyzer, "otellint.test/apis/calls")
	checked := 0
	for _, r := range results {
		idx := r.Result.(*apis.Index)
		pass := r.Pass
		for _, f := range pass.Files {
			// Keys recognised per line.
			got := map[int][]string{}
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					line := pass.Fset.Position(call.Pos()).Line
					if k := idx.Key(call); k != "" {
						got[line] = append(got[line], k)
					}
				}
				return true
			})
			for _, cg := range f.Comments {
				for _, c := range cg.List {
					text, ok := strings.CutPrefix(c.Text, "// key: ")
					if !ok {
						continue
					}
					line := pass.Fset.Position(c.Pos()).Line
					checked++
					if text == "none" {
						if len(got[line]) > 0 {
							t.Errorf("line %d: recognised %v, want nothing", line, got[line])
						}
						continue
					}
					found := false
					for _, k := range got[line] {
						found = found || k == text
					}
					if !found {
						t.Errorf("line %d: recognised %v, want %s", line, got[line], text)
					}
				}
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d key comments checked", checked)
	}
}

// optional lists the packages whose keys are recognised but that the
// testdata module does not depend on (other exporters).
var optional = []string{
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc",
	"go.opentelemetry.io/otel/exporters/otlp/otlpmetric/otlpmetricgrpc",
	"go.opentelemetry.io/otel/exporters/otlp/otlplog/",
	"go.opentelemetry.io/otel/exporters/stdout/",
	"go.opentelemetry.io/otel/exporters/prometheus",
	"go.opentelemetry.io/otel/exporters/zipkin",
	"github.com/rs/zerolog/log",
}

// TestTablesExist proves that every key of the recognition tables names
// a function or method that exists in the real library, so a typo or an
// API change cannot silently disable a check.
func TestTablesExist(t *testing.T) {
	byPath := depsTypes(t, "otellint.test/deps", "otellint.test/apis/calls", "log/slog", "database/sql",
		"net/http/httptest", "sync", "context", "fmt", "log", "os/exec", "github.com/prometheus/client_golang/prometheus/promauto",
		"go.opentelemetry.io/otel/exporters/otlp/otlptrace", "github.com/rs/zerolog")
	missingPkg := 0
	// The runners are matched by key without being calls the index knows.
	for _, key := range slices.Concat(apis.Known(), apis.CommandLineRunners) {
		path, typ, name := split(key)
		pkg := byPath[path]
		if pkg == nil {
			opt := false
			for _, o := range optional {
				opt = opt || strings.HasPrefix(path, o)
			}
			if !opt {
				t.Errorf("%s: package %s not found in the testdata module", key, path)
			}
			missingPkg++
			continue
		}
		if typ == "" {
			if _, ok := pkg.Scope().Lookup(name).(*types.Func); !ok {
				t.Errorf("%s: no function %s in %s", key, name, path)
			}
			continue
		}
		tn, ok := pkg.Scope().Lookup(typ).(*types.TypeName)
		if !ok {
			t.Errorf("%s: no type %s in %s", key, typ, path)
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pkg, name)
		if types.IsInterface(tn.Type()) {
			obj, _, _ = types.LookupFieldOrMethod(tn.Type(), true, pkg, name)
		}
		if _, ok := obj.(*types.Func); !ok {
			t.Errorf("%s: no method %s on %s.%s", key, name, path, typ)
		}
	}
	t.Logf("%d keys, %d in optional packages", len(apis.Known()), missingPkg)
}

// split parses "path.Func" or "(path.Type).Method".
func split(key string) (path, typ, name string) {
	if strings.HasPrefix(key, "(") {
		recv, meth, _ := strings.Cut(key[1:], ").")
		dot := strings.LastIndexByte(recv, '.')
		return recv[:dot], recv[dot+1:], meth
	}
	dot := strings.LastIndexByte(key, '.')
	return key[:dot], "", key[dot+1:]
}

// TestRawKeyIn checks that RawKeyIn, which compares keys without
// building them, agrees with RawKey on every function the test packages
// call or mention, and that IsFieldType and IsFieldMap agree with
// TypeKey on every named type they use.
func TestRawKeyIn(t *testing.T) {
	results := analysistest.Run(t, testenv.TestData(t), apis.Analyzer, "otellint.test/apis/calls")
	funcs, named := 0, 0
	for _, r := range results {
		for _, obj := range r.Pass.TypesInfo.Uses {
			fn, ok := obj.(*types.Func)
			if !ok {
				continue
			}
			funcs++
			k := apis.RawKey(fn)
			others := []string{"x", k + "x", "(" + k + ")", strings.TrimSuffix(k, fn.Name()) + "x" + fn.Name()}
			if !apis.RawKeyIn(fn, append(slices.Clone(others), k)) {
				t.Errorf("RawKeyIn(%s, [... %s]) = false, want true", fn.FullName(), k)
			}
			if apis.RawKeyIn(fn, others) {
				t.Errorf("RawKeyIn(%s, %q) = true, want false", fn.FullName(), others)
			}
		}
		for _, tv := range r.Pass.TypesInfo.Types {
			if _, ok := types.Unalias(tv.Type).(*types.Named); !ok {
				continue
			}
			named++
			k := apis.TypeKey(tv.Type)
			if got, want := apis.IsFieldType(tv.Type), slices.Contains(apis.FieldTypes, k); got != want {
				t.Errorf("IsFieldType(%s) = %v, want %v", tv.Type, got, want)
			}
			if got, want := apis.IsFieldMap(tv.Type), slices.Contains(apis.FieldMaps, k); got != want {
				t.Errorf("IsFieldMap(%s) = %v, want %v", tv.Type, got, want)
			}
		}
	}
	if funcs < 20 || named < 20 {
		t.Fatalf("only %d functions and %d named types checked", funcs, named)
	}
}
