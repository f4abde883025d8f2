package passkit

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

func TestNonTestFilesAndAssignment(t *testing.T) {
	fset := token.NewFileSet()
	var files []*ast.File
	for name, src := range map[string]string{
		"a.go":      "package p\n\nvar x, y = 1, 2\n\nfunc f() { a, b := 3, 4; _, _ = a, b }\n",
		"a_test.go": "package p\n\nvar z = 5\n",
	} {
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	pass := &analysis.Pass{Fset: fset, Files: files}
	var seen []string
	assigns := 0
	for c := range NonTestFiles(pass, inspector.New(files)) {
		seen = append(seen, fset.File(c.Node().Pos()).Name())
		for n := range c.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			lhs, rhs := Assignment(n.Node())
			if len(lhs) != 2 || len(rhs) != 2 {
				t.Errorf("Assignment: %d = %d", len(lhs), len(rhs))
			}
			assigns++
		}
	}
	if len(seen) != 1 || seen[0] != "a.go" || assigns != 3 {
		t.Errorf("files %v, %d assignments; want [a.go] and 3", seen, assigns)
	}
	if l, r := Assignment(&ast.ExprStmt{}); l != nil || r != nil {
		t.Error("Assignment of a non-assignment")
	}
}

// testConfig has one option of every kind.
type testConfig struct {
	Checks  Checks   `json:"checks" help:"checks to run"`
	Names   []string `json:"names" help:"names"`
	Pattern string   `json:"pattern" help:"a pattern"`
	Strict  bool     `json:"strict" help:"be strict"`
	Depth   int      `json:"depth" help:"how deep"`
	Hidden  []string `json:"-"`
}

func (c testConfig) Validate() error {
	if c.Depth < 0 {
		return errors.New("depth must not be negative")
	}
	return nil
}

var testPass = Pass[testConfig]{
	Name:       "testpass",
	Doc:        "// Package testpass defines an Analyzer that tests.\n//\n// # Analyzer testpass\n//\n// testpass: test the declaration\n//\n// Prose.\npackage testpass\n",
	Categories: []string{"a", "b"},
	Default:    testConfig{Checks: Checks{"a"}, Names: []string{"x"}, Depth: 2},
	Run:        func(*analysis.Pass, *testConfig) (any, error) { return nil, nil },
}

func TestOptions(t *testing.T) {
	opts := testPass.Options()
	var got []string
	for _, o := range opts {
		got = append(got, o.Name+"="+o.Kind+":"+o.Default)
	}
	want := []string{"checks=checks:a", "names=list:x", "pattern=string:", "strict=bool:false", "depth=int:2"}
	if !slices.Equal(got, want) {
		t.Errorf("options = %v, want %v", got, want)
	}
	info := testPass.Info()
	if info.Title() != "test the declaration" || !slices.Equal(info.DefaultChecks, []string{"a"}) {
		t.Errorf("info = %+v", info)
	}
}

func TestAnalyzerFlags(t *testing.T) {
	a := testPass.Analyzer()
	b := testPass.Analyzer()
	if a.Name != "testpass" || a.Doc != "test the declaration\n\nProse." {
		t.Errorf("analyzer %q doc %q", a.Name, a.Doc)
	}
	for _, set := range [][2]string{{"checks", "a,b"}, {"names", " p, ,q"}, {"strict", "true"}, {"depth", "5"}, {"pattern", "^x"}} {
		if err := a.Flags.Set(set[0], set[1]); err != nil {
			t.Errorf("-%s=%s: %v", set[0], set[1], err)
		}
	}
	for _, bad := range [][2]string{{"checks", "a,c"}, {"depth", "-1"}, {"depth", "many"}, {"strict", "maybe"}} {
		if err := a.Flags.Set(bad[0], bad[1]); err == nil {
			t.Errorf("-%s=%s accepted", bad[0], bad[1])
		}
	}
	// A rejected value leaves the previous one.
	if got := a.Flags.Lookup("depth").Value.String(); got != "5" {
		t.Errorf("depth after a rejected value = %s, want 5", got)
	}
	if got := a.Flags.Lookup("names").Value.String(); got != "p,q" {
		t.Errorf("names = %q", got)
	}
	// Each analyzer has its own configuration; the default is untouched.
	if got := b.Flags.Lookup("checks").Value.String(); got != "a" {
		t.Errorf("second analyzer's checks = %q, want a", got)
	}
	if !slices.Equal(testPass.Default.Checks, Checks{"a"}) || testPass.Default.Depth != 2 {
		t.Errorf("default changed: %+v", testPass.Default)
	}
	if a.Flags.Lookup("Hidden") != nil || a.Flags.Lookup("-") != nil {
		t.Error("a field tagged json:\"-\" is a flag")
	}
	if _, err := testPass.New(testConfig{Checks: Checks{"z"}}); err == nil || !strings.Contains(err.Error(), `unknown check "z"`) {
		t.Errorf("New with an unknown check: %v", err)
	}
}

func TestDecodeConfig(t *testing.T) {
	cfg := testPass.NewConfig()
	if err := testPass.DecodeConfig([]byte(`{"names": ["n"], "strict": true}`), cfg); err != nil {
		t.Fatal(err)
	}
	c := cfg.(*testConfig)
	if !slices.Equal(c.Names, []string{"n"}) || !c.Strict || c.Depth != 2 || !c.Checks.On("a") || c.Checks.On("b") {
		t.Errorf("decoded %+v", c)
	}
	if !slices.Equal(testPass.Default.Names, []string{"x"}) {
		t.Error("decoding changed the default list")
	}
	for data, want := range map[string]string{
		`{"nmes": []}`:      `unknown option "nmes" (options: checks, names, pattern, strict, depth)`,
		`{"strict": "yes"}`: `option "strict": want true or false, got "yes"`,
		`{"names": "n"}`:    `option "names": want a list of strings`,
		`["names"]`:         `want a block of options`,
	} {
		err := testPass.DecodeConfig([]byte(data), testPass.NewConfig())
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("DecodeConfig(%s) = %v, want %q", data, err, want)
		}
	}
	if err := testPass.DecodeConfig([]byte(`{}`), new(int)); err == nil {
		t.Error("DecodeConfig into the wrong type accepted")
	}
}

func TestIsTestFile(t *testing.T) {
	fset := token.NewFileSet()
	a := fset.AddFile("x/a.go", -1, 10)
	b := fset.AddFile("x/a_test.go", -1, 10)
	if IsTestFile(fset, token.Pos(a.Base())) || !IsTestFile(fset, token.Pos(b.Base())) {
		t.Error("IsTestFile")
	}
}
