package spanend

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// How the findings name the function, the starting call and the returns.

// funcDesc names the function for messages.
func funcDesc(n ast.Node) string {
	if d, ok := n.(*ast.FuncDecl); ok {
		return d.Name.Name
	}
	return "the function literal"
}

// startDesc renders the starting call for messages: "tracer.Start".
func startDesc(call *ast.CallExpr) string {
	s := types.ExprString(call.Fun)
	if len(s) > 40 {
		if i := strings.LastIndexByte(s, '.'); i >= 0 {
			s = s[i+1:]
		}
	}
	return s
}

// returnInfo places a related note on a return statement, or on the
// closing brace for the implicit return at the end of the function.
func (c *checker) returnInfo(r *ast.ReturnStmt, body *ast.BlockStmt, msg string) analysis.RelatedInformation {
	pos, end := r.Pos(), r.End()
	if r.Return == body.Rbrace || c.pass.Fset.File(pos) != c.pass.Fset.File(end) || end > body.End() {
		pos, end = body.Rbrace, body.Rbrace+1
		msg += " (end of function)"
	}
	return analysis.RelatedInformation{Pos: pos, End: end, Message: msg}
}
