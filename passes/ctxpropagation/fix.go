package ctxpropagation

import (
	"go/ast"
	"go/token"
	"go/types"
	"go/version"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/ctxscope"
)

// withoutCancel returns "context.WithoutCancel(expr)" written with the
// file's name for the context package, and whether the file may use it:
// the file imports context under a name visible at cur, and its Go
// version is go1.21 or later.
func (c *checker) withoutCancel(cur inspector.Cursor, expr string) (string, bool) {
	v := c.pass.TypesInfo.FileVersions[c.file]
	if v == "" {
		v = c.pass.Pkg.GoVersion()
	}
	if v != "" && version.Compare(v, "go1.21") < 0 {
		return "", false
	}
	wc := funcName(apis.ContextWithoutCancel)
	for _, imp := range c.file.Imports {
		if imp.Path == nil {
			continue
		}
		if path, err := strconv.Unquote(imp.Path.Value); err != nil || path != apis.ContextPkg {
			continue
		}
		name := "context" // the package name, unless renamed
		if imp.Name != nil {
			name = imp.Name.Name
		}
		switch name {
		case "_":
			continue
		case ".":
			return wc + "(" + expr + ")", c.visible(wc, cur, true)
		}
		if c.visible(name, cur, false) {
			return name + "." + wc + "(" + expr + ")", true
		}
	}
	return "", false
}

// visible reports whether name at cur resolves to the context package
// that has context.WithoutCancel (or, for a dot import, to that function).
func (c *checker) visible(name string, cur inspector.Cursor, fn bool) bool {
	pos := cur.Node().Pos()
	s := c.pass.Pkg.Scope().Innermost(pos)
	if s == nil {
		return false
	}
	_, obj := s.LookupParent(name, pos)
	if fn {
		f, ok := obj.(*types.Func)
		return ok && c.idx.FuncKey(f) == apis.ContextWithoutCancel
	}
	pn, ok := obj.(*types.PkgName)
	return ok && pn.Imported().Path() == apis.ContextPkg && pn.Imported().Scope().Lookup(funcName(apis.ContextWithoutCancel)) != nil
}

// argExpr returns the context expression to pass at cur: the source, or
// context.WithoutCancel of it where the code outlives the caller. It
// reports false when no such expression can be written.
func (c *checker) argExpr(cur inspector.Cursor, src ctxscope.Source) (string, bool) {
	if outlives(c.idx, cur, src) {
		return c.withoutCancel(cur, src.Expr())
	}
	return src.Expr(), true
}

// replaceFix replaces the node with text, and drops the import the node
// was the last use of unless text still uses the package.
func (c *checker) replaceFix(n ast.Node, text, msg string) []analysis.SuggestedFix {
	edits := []analysis.TextEdit{{Pos: n.Pos(), End: n.End(), NewText: []byte(text)}}
	if call, ok := n.(*ast.CallExpr); ok && !strings.Contains(text, funcName(apis.ContextWithoutCancel)) {
		edits = append(edits, c.dropImportIfLast(call)...)
	}
	return []analysis.SuggestedFix{{Message: msg, TextEdits: edits}}
}

// dropImportIfLast returns the edit that deletes the import of the
// package qualifying call (context in context.Background()) when call is
// its only use in the file, so that the fixed file still compiles.
func (c *checker) dropImportIfLast(call *ast.CallExpr) []analysis.TextEdit {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	pn, ok := c.pass.TypesInfo.Uses[id].(*types.PkgName)
	if !ok {
		return nil
	}
	uses := 0
	ast.Inspect(c.file, func(n ast.Node) bool {
		if x, ok := n.(*ast.Ident); ok && c.pass.TypesInfo.Uses[x] == pn {
			uses++
		}
		return uses < 2
	})
	if uses != 1 {
		return nil
	}
	for _, decl := range c.file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		for _, spec := range gd.Specs {
			is := spec.(*ast.ImportSpec)
			if c.pass.TypesInfo.Defs[is.Name] != pn && c.pass.TypesInfo.Implicits[is] != pn {
				continue
			}
			if len(gd.Specs) == 1 && !gd.Lparen.IsValid() {
				return []analysis.TextEdit{{Pos: gd.Pos(), End: gd.End()}} // import "context"
			}
			return []analysis.TextEdit{{Pos: is.Pos(), End: is.End()}}
		}
	}
	return nil
}

// twinFix renames the called function or method to twin and inserts the
// context as its first argument (and extra after it):
//
//	db.Query(q, args...)     -> db.QueryContext(ctx, q, args...)
//	db.Begin()               -> db.BeginTx(ctx, nil)
//	http.NewRequest(m, u, b) -> http.NewRequestWithContext(ctx, m, u, b)
func (c *checker) twinFix(call *ast.CallExpr, twin, ctxExpr, extra string) []analysis.SuggestedFix {
	var name *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		name = f.Sel
	case *ast.Ident:
		name = f
	default:
		return nil
	}
	if len(call.Args) == 1 && call.Ellipsis == token.NoPos {
		if _, tuple := c.pass.TypesInfo.TypeOf(call.Args[0]).(*types.Tuple); tuple {
			return nil // f(g()) with a multi-value g: no room for a context
		}
	}
	args := ctxExpr
	if extra != "" {
		args += ", " + extra
	}
	ins := analysis.TextEdit{Pos: call.Lparen + 1, End: call.Lparen + 1, NewText: []byte(args)}
	if len(call.Args) > 0 {
		ins = analysis.TextEdit{Pos: call.Args[0].Pos(), End: call.Args[0].Pos(), NewText: []byte(args + ", ")}
	}
	return []analysis.SuggestedFix{{
		Message:   "Use " + twin,
		TextEdits: []analysis.TextEdit{{Pos: name.Pos(), End: name.End(), NewText: []byte(twin)}, ins},
	}}
}
