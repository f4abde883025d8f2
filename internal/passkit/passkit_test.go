package passkit

import (
	"go/ast"
	"go/parser"
	"go/token"
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

func TestMust(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Must did not panic on an error")
		}
	}()
	Must(nil, errTest{})
}

type errTest struct{}

func (errTest) Error() string { return "bad config" }
