package driver

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// marked is a fact on functions whose name starts with "Marked".
type marked struct{}

func (*marked) AFact()         {}
func (*marked) String() string { return "marked" }

// factAnalyzer exports a fact on every function named Marked* and reports
// every call of a function that carries the fact, wherever it is declared:
// the cross-package case proves that facts flow between the packages of
// the main module.
var factAnalyzer = &analysis.Analyzer{
	Name:      "facttest",
	Doc:       "test analyzer for facts",
	FactTypes: []analysis.Fact{new(marked)},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && strings.HasPrefix(fd.Name.Name, "Marked") {
					pass.ExportObjectFact(pass.TypesInfo.Defs[fd.Name], new(marked))
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func); ok && pass.ImportObjectFact(fn, new(marked)) {
						pass.Reportf(call.Pos(), "call of marked %s", fn.Name())
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

func writeModule(t *testing.T, files map[string]string) string {
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestFactsAcrossModulePackages checks that facts computed on one package
// of the main module reach another, whether or not the first matches the
// patterns, and that only the matched packages' findings are printed.
func TestFactsAcrossModulePackages(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod":      "module example.com/m\n\ngo 1.22\n",
		"b/b.go":      "package b\n\nfunc MarkedHelper() {}\n\nfunc Plain() { MarkedHelper() }\n",
		"c/c.go":      "package c\n\nimport \"example.com/m/b\"\n\n// Wrap calls the helper.\nfunc Wrap() { b.MarkedHelper() }\n",
		"a/a.go":      "package a\n\nimport (\n\t\"strings\"\n\n\t\"example.com/m/b\"\n\t\"example.com/m/c\"\n)\n\nfunc F() string {\n\tb.MarkedHelper()\n\tc.Wrap()\n\treturn strings.ToUpper(\"x\")\n}\n",
		"a/a_test.go": "package a\n\nimport (\n\t\"testing\"\n\n\t\"example.com/m/b\"\n)\n\nfunc TestF(t *testing.T) { b.MarkedHelper() }\n",
	})
	for _, tc := range []struct {
		patterns []string
		want     []string // "file:line" of the expected findings
	}{
		{[]string{"./..."}, []string{"a/a.go:11", "a/a_test.go:9", "b/b.go:5", "c/c.go:6"}},
		{[]string{"./a"}, []string{"a/a.go:11", "a/a_test.go:9"}},
	} {
		var out, errb bytes.Buffer
		code := Run([]*analysis.Analyzer{factAnalyzer}, append([]string{"-C", dir}, tc.patterns...), &out, &errb)
		if code != ExitFindings {
			t.Fatalf("%v: exit %d, stderr %s", tc.patterns, code, errb.String())
		}
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			parts := strings.SplitN(l, ":", 3)
			got = append(got, parts[0]+":"+parts[1])
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%v: findings at %v, want %v\n%s", tc.patterns, got, tc.want, out.String())
		}
	}
}

func TestUnifiedDiff(t *testing.T) {
	var a, b []string
	for i := 1; i <= 20; i++ {
		a = append(a, fmt.Sprint(i))
		b = append(b, fmt.Sprint(i))
	}
	b[3] = "FOUR"
	b = append(b, "21")
	got := unifiedDiff("f.go", strings.Join(a, "\n")+"\n", strings.Join(b, "\n")+"\n")
	want := "--- f.go\n+++ f.go\n@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4\n+FOUR\n 5\n 6\n 7\n@@ -18,3 +18,4 @@\n 18\n 19\n 20\n+21\n"
	if got != want {
		t.Errorf("diff:\n%s\nwant:\n%s", got, want)
	}
	// Changes closer than twice the context share one hunk.
	b2 := append([]string(nil), a...)
	b2[3], b2[9] = "FOUR", "TEN"
	if got := unifiedDiff("f.go", strings.Join(a, "\n")+"\n", strings.Join(b2, "\n")+"\n"); strings.Count(got, "@@ -") != 1 {
		t.Errorf("close changes in %d hunks:\n%s", strings.Count(got, "@@ -"), got)
	}
	if unifiedDiff("f.go", "x\n", "x\n") != "" {
		t.Error("diff of equal texts is not empty")
	}
}
