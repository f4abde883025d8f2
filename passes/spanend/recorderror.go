package spanend

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/passkit"
)

// checkRecordErrorEvents reports every span.RecordError call outside
// tests (record-error-event): it records the error as a span event, which
// the semantic conventions no longer recommend and which the span event
// API's deprecation (OTEP 4430) leaves behind. The error.type attribute
// and the error status say that the operation failed; a log record says
// why.
func (c *checker) checkRecordErrorEvents() {
	for fc := range passkit.NonTestFiles(c.pass, c.ins) {
		for cur := range fc.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			if !c.idx.Is(call, apis.SpanRecordError) {
				continue
			}
			at := ast.Node(call)
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				at = sel.Sel // the method name: the receiver may be long
			}
			c.report(analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: CategoryRecordErrorEvent,
				Message: "RecordError records the error as a span event, which the semantic conventions no longer recommend and span events are being deprecated for: set the error.type attribute (semconv.ErrorType(err)) with an error status, and log the error where its details matter"})
		}
	}
}
