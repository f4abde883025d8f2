package piilog

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
)

// constantLocal reports whether value is a local string variable whose
// every value is a constant that does not look like personal data: the
// zero value of a declaration without one, and the constants it is
// assigned. Such a variable is those constants, whatever its name says:
//
//	var from string
//	if from == "" {
//		from = "bot@example.com"
//	}
//	log.Printf("from %s", from)
func (c *checker) constantLocal(value ast.Expr) bool {
	vals, ok := c.constantValues(value)
	if !ok {
		return false
	}
	for _, s := range vals {
		if literalShape(s) != "" {
			return false
		}
	}
	return true
}

// constantValues returns the string constants given to the local
// variable value, and false when value is not such a variable or is given
// anything else somewhere in the function that declares it: a call's
// result, another variable, x += y, a range value, or an unknown write
// through its address.
func (c *checker) constantValues(value ast.Expr) ([]string, bool) {
	id, ok := ast.Unparen(value).(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil, false
	}
	return c.varConstants(v)
}

// varConstants returns the string constants given to the local variable
// v, as [checker.constantValues] does for an expression.
func (c *checker) varConstants(v *types.Var) ([]string, bool) {
	info := c.pass.TypesInfo
	if v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || v.IsField() {
		return nil, false
	}
	if b, ok := v.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return nil, false
	}
	ins := c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	cur, ok := ins.Root().FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok {
		return nil, false
	}
	// The function that declares v holds every write to it, those of
	// the closures inside included.
	var fn ast.Node
	if d := astx.EnclosingDecl(cur); d != nil {
		fn = d
	} else if fc, ok := astx.EnclosingFunc(cur); ok {
		fn = fc.Node()
	} else {
		return nil, false
	}
	var (
		vals     []string
		declared bool
		unknown  bool
	)
	// given records the value of the write at lhs[i]; a missing value is
	// the zero value of a declaration, or unknown for an assignment.
	given := func(lhs, rhs []ast.Expr, i int, decl bool) {
		switch {
		case len(rhs) == 0 && decl:
			vals = append(vals, "")
		case len(rhs) == len(lhs):
			if s, ok := constval.String(info, rhs[i]); ok {
				vals = append(vals, s)
				return
			}
			unknown = true
		default:
			unknown = true // v, err := f()
		}
	}
	ast.Inspect(fn, func(n ast.Node) bool {
		if unknown {
			return false
		}
		switch n := n.(type) {
		case *ast.UnaryExpr:
			if n.Op == token.AND && astx.IdentVar(info, n.X) == v {
				unknown = true // &v: any write may follow
			}
		case *ast.RangeStmt:
			if astx.IdentVar(info, n.Key) == v || astx.IdentVar(info, n.Value) == v {
				unknown = true
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if info.Defs[name] == v {
					declared = true
					given(exprs(n.Names), n.Values, i, true)
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if astx.IdentVar(info, l) != v {
					continue
				}
				if info.Defs[ast.Unparen(l).(*ast.Ident)] == v {
					declared = true
				}
				if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
					unknown = true // v += s
					continue
				}
				given(n.Lhs, n.Rhs, i, false)
			}
		}
		return true
	})
	// A variable declared elsewhere (a parameter, a type switch's) has
	// values the walk did not see.
	if unknown || !declared {
		return nil, false
	}
	return vals, true
}

// exprs returns names as expressions.
func exprs(names []*ast.Ident) []ast.Expr {
	es := make([]ast.Expr, len(names))
	for i, n := range names {
		es[i] = n
	}
	return es
}
