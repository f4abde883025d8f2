package highcardinality

import (
	"go/ast"
	"go/token"
	"go/types"
)

// locals maps the variables of a function (or of the package) to the
// expressions assigned to them, so that an attribute slice built in a
// variable and spread with "attrs..." can be followed.
type locals struct {
	values map[*types.Var][]ast.Expr
}

// assigned returns the expressions assigned to the variable id refers to:
// within the enclosing function for a local, at package level for a
// package variable.
func (c *checker) assigned(scope ast.Node, id *ast.Ident) []ast.Expr {
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	if v.Parent() == c.pass.Pkg.Scope() {
		if c.globals == nil {
			c.globals = &locals{values: map[*types.Var][]ast.Expr{}}
			for _, f := range c.pass.Files {
				for _, d := range f.Decls {
					if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
						c.globals.collect(c.pass.TypesInfo, gd)
					}
				}
			}
		}
		return c.globals.values[v]
	}
	if scope == nil {
		return nil
	}
	l, ok := c.scopes[scope]
	if !ok {
		l = &locals{values: map[*types.Var][]ast.Expr{}}
		l.collect(c.pass.TypesInfo, scope)
		c.scopes[scope] = l
	}
	return l.values[v]
}

// collect records the assignments and initialisations within n.
func (l *locals) collect(info *types.Info, n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) || (n.Tok != token.ASSIGN && n.Tok != token.DEFINE) {
				return true
			}
			for i, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
					if v, ok := info.ObjectOf(id).(*types.Var); ok {
						l.values[v] = append(l.values[v], n.Rhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Values) != len(n.Names) {
				return true
			}
			for i, id := range n.Names {
				if v, ok := info.Defs[id].(*types.Var); ok {
					l.values[v] = append(l.values[v], n.Values[i])
				}
			}
		}
		return true
	})
}
