package sdksetup

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
)

// endpointFix offers to call WithEndpointURL instead of WithEndpoint for
// a constant URL. An HTTP exporter sends to the URL's path as it is ("/"
// for none), so a URL without a path gets the signal's path:
//
//	otlptracehttp.WithEndpoint("http://collector:4318")
//	otlptracehttp.WithEndpointURL("http://collector:4318/v1/traces")
//
// Only for a call through the package's name (a dot import has no
// selector to rename), and, when a path must be added, a literal argument
// or a constant that does not end in "/".
func (c *checker) endpointFix(call *ast.CallExpr, arg ast.Expr, e apis.OTLPExporter, s, path string) (analysis.SuggestedFix, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	edits := []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("WithEndpointURL")}}
	if e.Path != "" && strings.Trim(path, "/") == "" {
		// "http://collector:4318" or "http://collector:4318/": no path yet
		var text string
		if _, lit := ast.Unparen(arg).(*ast.BasicLit); lit {
			text = strconv.Quote(strings.TrimSuffix(s, "/") + e.Path)
		} else if isName(arg) && !strings.HasSuffix(s, "/") {
			text = types.ExprString(arg) + " + " + strconv.Quote(e.Path) // a named constant
		} else {
			return analysis.SuggestedFix{}, false
		}
		edits = append(edits, analysis.TextEdit{Pos: arg.Pos(), End: arg.End(), NewText: []byte(text)})
	}
	return analysis.SuggestedFix{Message: "Use WithEndpointURL", TextEdits: edits}, true
}

// parentBasedFix offers to wrap a root sampler in ParentBased, through the
// same package name as the call:
//
//	sdktrace.AlwaysSample()  ->  sdktrace.ParentBased(sdktrace.AlwaysSample())
func (c *checker) parentBasedFix(root *ast.CallExpr) (analysis.SuggestedFix, bool) {
	sel, ok := ast.Unparen(root.Fun).(*ast.SelectorExpr)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	x, ok := sel.X.(*ast.Ident)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	if _, ok := c.pass.TypesInfo.Uses[x].(*types.PkgName); !ok {
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message: "Wrap the sampler in ParentBased",
		TextEdits: []analysis.TextEdit{
			{Pos: root.Pos(), End: root.Pos(), NewText: []byte(x.Name + ".ParentBased(")},
			{Pos: root.End(), End: root.End(), NewText: []byte(")")},
		},
	}, true
}

// isName reports whether e is an identifier or a qualified one.
func isName(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		_, ok := e.X.(*ast.Ident)
		return ok
	}
	return false
}
