package passkit

import (
	"go/ast"
	"go/token"
	"iter"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// NonTestFiles yields the cursor of every file of the package that is not
// a _test.go file.
func NonTestFiles(pass *analysis.Pass, ins *inspector.Inspector) iter.Seq[inspector.Cursor] {
	return func(yield func(inspector.Cursor) bool) {
		for c := range ins.Root().Children() {
			f, ok := c.Node().(*ast.File)
			if !ok || IsTestFile(pass.Fset, f.FileStart) {
				continue
			}
			if !yield(c) {
				return
			}
		}
	}
}

// IsTestFile reports whether pos lies in a _test.go file.
func IsTestFile(fset *token.FileSet, pos token.Pos) bool {
	tf := fset.File(pos)
	return tf != nil && strings.HasSuffix(tf.Name(), "_test.go")
}

// Assignment returns the left and right sides of an assignment or a
// var declaration, so that both can be treated alike.
func Assignment(n ast.Node) (lhs, rhs []ast.Expr) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		return n.Lhs, n.Rhs
	case *ast.ValueSpec:
		lhs = make([]ast.Expr, len(n.Names))
		for i, id := range n.Names {
			lhs[i] = id
		}
		return lhs, n.Values
	}
	return nil, nil
}
