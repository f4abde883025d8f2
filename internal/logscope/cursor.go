package logscope

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// TestHelper reports whether the node at cur lies in a function that takes
// or returns a test type, or in a method of a type that holds one. It
// needs no [Analyzer]; [Info.At] knows more (helpers used only by tests,
// packages that exist for tests).
func TestHelper(info *types.Info, cur inspector.Cursor) bool {
	return syntactic(info, cur).Kind == Test
}

// CommandFunc reports whether the node at cur lies in a function of the
// command line that shows by itself: one that takes or returns a command
// type, or a function literal given as a field of a command:
//
//	&cobra.Command{RunE: func(cmd *cobra.Command, args []string) error { fmt.Println(...) }}
//
// It needs no [Analyzer]; [Info.At] knows more (named functions given to
// a command, helpers called only from commands, readers of os.Args).
func CommandFunc(info *types.Info, cur inspector.Cursor) bool {
	return syntactic(info, cur).Kind == Command
}

// syntactic classifies the place of cur by the enclosing functions alone.
func syntactic(info *types.Info, cur inspector.Cursor) Place {
	in := &Info{info: info}
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var p Place
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			p = in.declPlace(n)
		case *ast.FuncLit:
			p = in.litPlace(c, n)
		}
		if p.Kind != Production {
			return p
		}
	}
	return Place{}
}
