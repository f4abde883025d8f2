package sdksetup

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
)

// batch-larger-than-queue: the specification requires a batch span
// processor's maximum export batch size to be at most its queue size.
// NewBatchSpanProcessor clamps the batch size read from OTEL_BSP_* to the
// queue size, but applies WithMaxExportBatchSize and WithMaxQueueSize as
// they are; the batch being a buffer of its own, the processor then holds
// up to queue+batch spans, more than the bound the queue size was meant to
// set. The log SDK's batch processor clamps its options too, so only the
// trace SDK's options are checked.

// checkBatch compares the constant batch and queue sizes among the
// options of a WithBatcher or NewBatchSpanProcessor call; a missing queue
// size is the SDK's default.
func (c *checker) checkBatch(cur inspector.Cursor, call *ast.CallExpr) {
	if len(call.Args) < 2 {
		return
	}
	opts := call.Args[1:]
	if call.Ellipsis.IsValid() {
		// WithBatcher(exp, opts...): the one slice literal of opts
		lit, ok := ast.Unparen(c.singleValue(cur, opts[0])).(*ast.CompositeLit)
		if !ok {
			return
		}
		opts = lit.Elts
	}
	var batch, queue *ast.CallExpr
	for _, o := range opts {
		oc, ok := ast.Unparen(o).(*ast.CallExpr)
		if !ok {
			continue
		}
		switch c.idx.Key(oc) {
		case apis.SDKWithMaxExportBatchSize:
			batch = oc // the options apply in order: the last wins
		case apis.SDKWithMaxQueueSize:
			queue = oc
		}
	}
	if batch == nil || len(batch.Args) != 1 {
		return
	}
	n, ok := c.constInt(batch.Args[0])
	if !ok {
		return
	}
	var m int64
	var where string
	if queue != nil {
		if len(queue.Args) != 1 {
			return
		}
		if m, ok = c.constInt(queue.Args[0]); !ok {
			return
		}
		where = "the max queue size"
	} else {
		if m, ok = c.defaultQueueSize(); !ok {
			return
		}
		where = "the default max queue size"
	}
	if n <= m {
		return
	}
	d := analysis.Diagnostic{
		Pos: batch.Pos(), End: batch.End(), Category: CategoryBatchLargerQueue,
		Message: fmt.Sprintf("max export batch size %d is larger than %s %d: the specification requires the batch to be at most the queue, and the trace SDK clamps the OTEL_BSP_* values but not the options, so the processor holds up to queue+batch spans; use a batch size of at most %d",
			n, where, m, m),
	}
	if queue != nil {
		d.Related = []analysis.RelatedInformation{{Pos: queue.Pos(), End: queue.End(), Message: "the queue size"}}
	}
	c.report(d)
}

// constInt returns the value of a constant integer expression.
func (c *checker) constInt(e ast.Expr) (int64, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	return constant.Int64Val(constant.ToInt(tv.Value))
}

// defaultQueueSize returns the trace SDK's DefaultMaxQueueSize, read from
// the package the code imports.
func (c *checker) defaultQueueSize() (int64, bool) {
	p := c.idx.Package(apis.SDKTracePkg)
	if p == nil {
		return 0, false
	}
	k, ok := p.Scope().Lookup(apis.SDKDefaultMaxQueueSizeName).(*types.Const)
	if !ok {
		return 0, false
	}
	return constant.Int64Val(constant.ToInt(k.Val()))
}
