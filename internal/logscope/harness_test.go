package logscope_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/otellint/otellint/internal/logscope"
)

// TestHarness type-checks small packages and asks whether each is a test
// harness: only an exported interface with a method that takes or
// returns the test makes one.
func TestHarness(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      bool
	}{
		{"contract", `type Test interface{ Run(t *testing.T, name string) }`, true},
		{"suite", `type Suite interface{ T() *testing.T }`, true},
		{"helper function only", `func Must(t testing.TB) { t.Helper() }`, false},
		{"unexported contract", `type test interface{ Run(t *testing.T) }`, false},
		{"struct holding the test", `type Env struct{ T *testing.T }`, false},
		{"plain interface", `type Store interface{ Get(key string) string }`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "package p\nimport \"testing\"\nvar _ testing.TB\n" + tc.src + "\n"
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "p.go", src, 0)
			if err != nil {
				t.Fatal(err)
			}
			conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
			pkg, err := conf.Check("example.com/p", fset, []*ast.File{f}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := logscope.Harness(pkg); got != tc.want {
				t.Errorf("Harness = %v, want %v", got, tc.want)
			}
		})
	}
	if logscope.Harness(nil) {
		t.Error("Harness(nil) = true")
	}
}
