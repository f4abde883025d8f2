package reqscope

import (
	"go/ast"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/passkit"
)

// Test support outside _test.go files: helpers that take the test being
// run, the methods of a suite that holds it, and packages that exist for
// tests (fixtures, mocks, test servers). Only tests run such code, so it
// is neither set-up nor request code of the program.

// TestSupport reports whether the node at cur lies in code that only
// tests run: a function or closure that takes a *testing.T, *testing.B,
// *testing.F or testing.TB, a method of a type with a field of such a
// type (a test suite), or any code of a package that exists for tests,
// where at least half of the files other than _test.go import "testing".
func (in *Info) TestSupport(cur inspector.Cursor) bool {
	in.once.Do(in.compute)
	if in.testPkg {
		return true
	}
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var ft *ast.FuncType
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			ft = n.Type
			if n.Recv != nil && len(n.Recv.List) == 1 && holdsTest(in.info.TypeOf(n.Recv.List[0].Type)) {
				return true
			}
		case *ast.FuncLit:
			ft = n.Type
		}
		if ft.Params == nil {
			continue
		}
		for _, f := range ft.Params.List {
			if isTestingType(in.info.TypeOf(f.Type)) {
				return true
			}
		}
	}
	return false
}

// testPackage reports whether at least half of the files of the package
// other than _test.go files import "testing": a package that exists for
// tests.
func (in *Info) testPackage() bool {
	files, testing := 0, 0
	for fc := range in.ins.Root().Children() {
		f, ok := fc.Node().(*ast.File)
		if !ok || passkit.IsTestFile(in.fset, f.FileStart) {
			continue
		}
		files++
		for _, imp := range f.Imports {
			if path, err := strconv.Unquote(imp.Path.Value); err == nil && path == "testing" {
				testing++
				break
			}
		}
	}
	return files > 0 && 2*testing >= files
}

// isTestingType reports whether t is a type of package testing or a
// pointer to one: *testing.T, *testing.B, *testing.F, testing.TB.
func isTestingType(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "testing"
}

// holdsTest reports whether t, a receiver type, is a struct (or pointer
// to one) with a field of a testing type, embedded or not.
func holdsTest(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if isTestingType(f.Type()) {
			return true
		}
	}
	return false
}
