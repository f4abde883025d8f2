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

// TestApplyEditsFormatsOnlyTouchedLines checks that a fix's own text is
// laid out as gofmt would, while lines no edit touches stay as they are.
func TestApplyEditsFormatsOnlyTouchedLines(t *testing.T) {
	src := "package p\n\nvar  a  =  1\n\nfunc f() {\n\tx := 1\n\t_ = x\n}\n"
	// Replace "x := 1" by an unformatted "x:=2", and insert an unformatted
	// statement after it.
	start := strings.Index(src, "x := 1")
	eol := start + len("x := 1")
	edits := []edit{{start, eol, "x:=2"}, {eol, eol, "\n  _=x"}}
	got, err := applyEdits([]byte(src), edits)
	if err != nil {
		t.Fatal(err)
	}
	want := "package p\n\nvar  a  =  1\n\nfunc f() {\n\tx := 2\n\t_ = x\n\t_ = x\n}\n"
	if string(got) != want {
		t.Errorf("applyEdits:\n%s\nwant:\n%s", got, want)
	}
	// Text that does not parse is left as the edits made it.
	got, err = applyEdits([]byte("not go  at all\n"), []edit{{0, 3, "NOT"}})
	if err != nil || string(got) != "NOT go  at all\n" {
		t.Errorf("applyEdits on text that is not Go = %q, %v", got, err)
	}
	// Overlapping edits are an error, not a garbled file.
	if _, err := applyEdits([]byte(src), []edit{{0, 5, "a"}, {3, 7, "b"}}); err == nil {
		t.Error("overlapping edits accepted")
	}
}

// TestCategories checks that the rules of the SARIF output are read from
// the "Categories:" list of an analyzer's documentation.
func TestCategories(t *testing.T) {
	doc := "check things\n\nProse.\n\nCategories:\n\n  - first-one: what the first\n    reports, on two lines.\n  - second: the second. More.\n\nMore prose: not a category.\n"
	got := categories(doc)
	want := []category{{"first-one", "what the first reports, on two lines."}, {"second", "the second. More."}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("categories = %v, want %v", got, want)
	}
	if got := categories("title\n\nno list here\n"); got != nil {
		t.Errorf("categories of a doc without a list = %v", got)
	}
}

// TestCheckVetFlags checks the options go vet passes on: a bad value of a
// pass option or switch is reported, the others are left to unitchecker.
func TestCheckVetFlags(t *testing.T) {
	a := &analysis.Analyzer{Name: "p", Doc: "test", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	var level int
	a.Flags.IntVar(&level, "level", 1, "a level")
	for _, tc := range []struct {
		args []string
		want string // in the error; empty: none
	}{
		{[]string{"-p.level=2", "-json", "x.cfg"}, ""},
		{[]string{"-p.level", "3", "x.cfg"}, ""},
		{[]string{"-p=false", "-c=2", "x.cfg"}, ""},
		{[]string{"-p.level=high", "x.cfg"}, `invalid value "high" for flag -p.level`},
		{[]string{"--p.level=high", "x.cfg"}, `invalid value "high" for flag -p.level`},
		{[]string{"-p=maybe", "x.cfg"}, `invalid value "maybe" for flag -p`},
	} {
		err := checkVetFlags([]*analysis.Analyzer{a}, tc.args)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q: %v", tc.args, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%q: error %v, want %q", tc.args, err, tc.want)
		}
	}
}

// TestAnnounceDownloads checks that a run says, before loading, how many
// of the main module's requirements the module cache lacks, and says
// nothing once they are there.
func TestAnnounceDownloads(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("GOMODCACHE", cache)
	dir := writeModule(t, map[string]string{
		"go.mod":   "module example.com/m\n\ngo 1.24\n\nrequire (\n\texample.com/Dep v1.2.0\n\texample.com/other v0.1.0 // indirect\n)\n",
		"sub/x.go": "package sub\n",
	})
	var buf strings.Builder
	announceDownloads(filepath.Join(dir, "sub"), &buf)
	if want := "otellint: downloading 2 modules that example.com/m requires (first run only; this can take minutes)\n"; buf.String() != want {
		t.Errorf("with an empty module cache: %q, want %q", buf.String(), want)
	}
	for _, p := range []string{"example.com/!dep/@v/v1.2.0.mod", "example.com/other/@v/v0.1.0.mod"} {
		name := filepath.Join(cache, "cache", "download", filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte("module x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	buf.Reset()
	announceDownloads(dir, &buf)
	if buf.String() != "" {
		t.Errorf("with the requirements in the module cache: %q, want nothing", buf.String())
	}
}
