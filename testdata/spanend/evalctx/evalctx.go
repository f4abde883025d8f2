// Package evalctx evaluates an expression under a span with the context
// from before the span: a CEL program uses that context only to interrupt
// the evaluation, so no span or log can be lost.
package evalctx

import (
	"context"

	"github.com/google/cel-go/cel"
	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("otellint.test/spanend/evalctx")

// Condition is a compiled expression.
type Condition struct {
	prg cel.Program
}

// Good: the old context only bounds the evaluation.
func (c *Condition) Evaluate(ctx context.Context, vars map[string]any) bool {
	_, span := tracer.Start(ctx, "Condition.Evaluate")
	defer span.End()
	out, _, err := c.prg.ContextEval(ctx, vars)
	return err == nil && out.Value() == true
}

// Bad: the positive twin, the old context also goes to a lookup that may
// start spans of its own.
func (c *Condition) EvaluateWith(ctx context.Context, load func(context.Context) map[string]any) bool {
	_, span := tracer.Start(ctx, "Condition.EvaluateWith") // want `context returned by tracer.Start is discarded but ctx is still passed on`
	defer span.End()
	out, _, err := c.prg.ContextEval(ctx, load(ctx))
	return err == nil && out.Value() == true
}
