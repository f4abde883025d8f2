// Package passkit holds what every otellint pass builds its analyzer
// with: the analyzer's identity from its doc.go, the default instance, and
// the walk over the files a pass looks at.
package passkit

import (
	"go/ast"
	"iter"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/docx"
)

// New returns an analyzer named name whose Doc is the "# Analyzer name"
// section of doc (the pass's doc.go), with its pkg.go.dev URL.
func New(name, doc string, run func(*analysis.Pass) (any, error), requires ...*analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     name,
		Doc:      docx.MustExtract(doc, name),
		URL:      "https://pkg.go.dev/github.com/otellint/otellint/passes/" + name,
		Requires: requires,
		Run:      run,
	}
}

// Must returns a, panicking on err: the default instance of a pass is
// built from its default configuration, which every test validates.
func Must(a *analysis.Analyzer, err error) *analysis.Analyzer {
	if err != nil {
		panic(err)
	}
	return a
}

// NonTestFiles yields the cursor of every file of the package that is not
// a _test.go file.
func NonTestFiles(pass *analysis.Pass, ins *inspector.Inspector) iter.Seq[inspector.Cursor] {
	return func(yield func(inspector.Cursor) bool) {
		for c := range ins.Root().Children() {
			f, ok := c.Node().(*ast.File)
			if !ok {
				continue
			}
			if tf := pass.Fset.File(f.FileStart); tf != nil && strings.HasSuffix(tf.Name(), "_test.go") {
				continue
			}
			if !yield(c) {
				return
			}
		}
	}
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
