package spanend

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// How the findings name the function, the starting call and the returns.

// funcDesc names the function for messages, its name quoted as code
// ("Close" is a method, not a word of the sentence).
func funcDesc(n ast.Node) string {
	if d, ok := n.(*ast.FuncDecl); ok {
		return strconv.Quote(d.Name.Name)
	}
	return "the function literal"
}

// spanDesc names the span held in the variable name: "span sp", or just
// "span" when the variable is itself called span (not "span span").
func spanDesc(name string) string {
	if strings.EqualFold(name, "span") {
		return "span"
	}
	return "span " + name
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
