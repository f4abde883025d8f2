package spanend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// deferFix offers "defer span.End()" on the line after the Start call when
// the span is never ended or handed on, the call is a statement of its own
// and not in a loop.
func (c *checker) deferFix(f *flow, body *ast.BlockStmt) (analysis.SuggestedFix, bool) {
	// A span ended or handed on somewhere is ended on purpose there: a
	// defer would end it twice or under its new owner.
	as, ok := f.cr.stmt.(*ast.AssignStmt)
	if !ok || f.t.union(f.cr.stmt)&evConsumed != 0 {
		return analysis.SuggestedFix{}, false
	}
	cur, ok := f.fc.FindNode(as)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	// Only after a statement of a statement list: after the init of an
	// if or a for, the new line would not compile.
	switch cur.Parent().Node().(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
	default:
		return analysis.SuggestedFix{}, false
	}
	// In a loop of the same function, the deferred calls would pile up
	// until the function returns; the span wants an End in the loop.
	for e := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch e.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return analysis.SuggestedFix{}, false
		}
		break
	}
	// The new line goes after the statement's line, indented alike, only
	// when nothing but a comment follows the statement on it.
	at, indent, ok := c.lineEnd(as)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	name := f.t.primary.Name()
	if !c.isSpan(f.t.primary.Type()) {
		// A wrapper: only when its End method ends the span.
		obj, _, _ := types.LookupFieldOrMethod(f.t.primary.Type(), true, nil, "End")
		fn, _ := obj.(*types.Func)
		if fn == nil || c.methodEvents(fn, true)&evEnd == 0 {
			return analysis.SuggestedFix{}, false
		}
	}
	return analysis.SuggestedFix{
		Message: fmt.Sprintf("End the span with \"defer %s.End()\"", name),
		TextEdits: []analysis.TextEdit{{
			Pos:     at,
			End:     at,
			NewText: []byte("\n" + indent + "defer " + name + ".End()"),
		}},
	}, true
}

// lineEnd returns the end of the line where stmt ends (after any trailing
// comment) and the white space that indents stmt, provided nothing but a
// line comment follows stmt on that line.
func (c *checker) lineEnd(stmt ast.Node) (token.Pos, string, bool) {
	tf := c.pass.Fset.File(stmt.Pos())
	if tf == nil || c.pass.ReadFile == nil {
		return 0, "", false
	}
	src, err := c.pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return 0, "", false
	}
	start := tf.Offset(tf.LineStart(tf.Line(stmt.Pos())))
	off := tf.Offset(stmt.Pos())
	indent := string(src[start:off])
	if strings.TrimLeft(indent, " \t") != "" {
		return 0, "", false
	}
	end := tf.Offset(stmt.End())
	nl := strings.IndexByte(string(src[end:]), '\n')
	if nl < 0 {
		return 0, "", false
	}
	rest := strings.TrimSpace(string(src[end : end+nl]))
	if rest != "" && !strings.HasPrefix(rest, "//") {
		return 0, "", false
	}
	return tf.Pos(end + nl), indent, true
}
