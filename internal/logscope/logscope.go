// Package logscope tells whether printing at a place of the code is the
// program's output rather than logging: a test helper that takes a
// *testing.T, or the function of a command-line command (a Run or RunE
// field of a cobra.Command, an Action of a urfave/cli command).
package logscope

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// cliPackages are the command-line libraries whose command literals hold
// the functions that print a program's output.
var cliPackages = []string{"github.com/spf13/cobra", "github.com/urfave/cli"}

// TestHelper reports whether the node at cur lies in a function that takes
// a *testing.T, *testing.B, *testing.F or testing.TB: its output goes to
// the test log.
func TestHelper(info *types.Info, cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var ft *ast.FuncType
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			ft = n.Type
		case *ast.FuncLit:
			ft = n.Type
		}
		if ft == nil || ft.Params == nil {
			continue
		}
		for _, f := range ft.Params.List {
			if isTesting(info.TypeOf(f.Type)) {
				return true
			}
		}
	}
	return false
}

func isTesting(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "testing"
}

// commandFields are the fields of a command literal that hold what the
// command does.
var commandFields = map[string]bool{
	"Run": true, "RunE": true, "PreRun": true, "PreRunE": true, "PostRun": true, "PostRunE": true,
	"PersistentPreRun": true, "PersistentPreRunE": true, "PersistentPostRun": true, "PersistentPostRunE": true,
	"Action": true, "Before": true, "After": true,
}

// CommandFunc reports whether the node at cur lies in a function literal
// given as the Run, RunE, Action... field of a command literal: a type of
// a command-line library (cobra, urfave/cli) or any type named Command or
// App:
//
//	&cobra.Command{RunE: func(cmd *cobra.Command, args []string) error { fmt.Println(...) }}
func CommandFunc(info *types.Info, cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.FuncLit)(nil)) {
		kv, ok := c.Parent().Node().(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		lit, ok := c.Parent().Parent().Node().(*ast.CompositeLit)
		if !ok {
			continue
		}
		t := info.TypeOf(lit)
		key, _ := kv.Key.(*ast.Ident)
		if t == nil || kv.Value != c.Node() || key == nil || !commandFields[key.Name] {
			continue
		}
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() == nil {
			continue
		}
		if name := n.Obj().Name(); name == "Command" || name == "App" {
			return true
		}
		for _, p := range cliPackages {
			if path := n.Obj().Pkg().Path(); path == p || strings.HasPrefix(path, p+"/") {
				return true
			}
		}
	}
	return false
}
