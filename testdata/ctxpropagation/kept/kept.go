// Package kept shows fresh contexts that are given the caller's trace
// another way: a span context, a wrapper that falls back to the caller's
// values, a span link.
package kept

import (
	"context"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("kept")

func run(ctx context.Context) error { return nil }

// The span context put back right after the fresh root.
func shadow(ctx context.Context) error {
	sc := trace.SpanContextFromContext(ctx)
	newCtx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	newCtx = trace.ContextWithSpanContext(newCtx, sc)
	return run(newCtx)
}

// The same without the span context.
func shadowBad(ctx context.Context) error {
	newCtx, cancel := context.WithTimeout(context.Background(), time.Second) // want `context.Background\(\) as the parent of a new deadline drops the trace of ctx`
	defer cancel()
	return run(newCtx)
}

// valueCopy is a context whose Value falls back to another context.
type valueCopy struct {
	context.Context
	values context.Context
}

func (c *valueCopy) Value(key any) any {
	if v := c.Context.Value(key); v != nil {
		return v
	}
	return c.values.Value(key)
}

func copyValues(dst, src context.Context) context.Context { return &valueCopy{dst, src} }

// A new timeout whose values, the trace among them, come from ctx.
func resetTimeout(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	newCtx, cancel := context.WithTimeout(context.Background(), d)
	return copyValues(newCtx, ctx), cancel
}

func notifyGone(ctx context.Context) error {
	return run(copyValues(context.TODO(), ctx))
}

// A root span linked to the caller's span.
func refresh(parentCtx context.Context) {
	ctx, span := tracer.Start(context.Background(), "refresh")
	defer span.End()
	trace.SpanFromContext(parentCtx).AddLink(trace.LinkFromContext(ctx))
	_ = run(ctx)
}

// The same without the link.
func refreshBad(parentCtx context.Context) {
	ctx, span := tracer.Start(context.Background(), "refresh") // want `span started from context.Background\(\) begins a new trace although parentCtx is available`
	defer span.End()
	_ = run(ctx)
}

// spanned runs fn in a span of its own, started from ctx with opts: a
// project's span helper.
func spanned(ctx context.Context, name string, fn func(context.Context), opts ...trace.SpanStartOption) {
	ctx, span := tracer.Start(ctx, name, opts...)
	defer span.End()
	fn(ctx)
}

// A root span started by the helper, linked to the caller's span: the
// audit outlives the request and keeps its relation to it.
func audit(ctx context.Context) {
	spanned(context.Background(), "audit", func(ctx context.Context) { _ = run(ctx) },
		trace.WithLinks(trace.LinkFromContext(ctx)))
}

// The same linked to the fresh root's own (empty) span: no link to the
// caller.
func auditBad(ctx context.Context) {
	root := context.Background() // want `context.Background\(\) drops the trace of ctx`
	spanned(root, "audit", func(ctx context.Context) { _ = run(ctx) },
		trace.WithLinks(trace.LinkFromContext(root)))
}

// Without any link.
func auditUnlinked(ctx context.Context) {
	spanned(context.Background(), "audit", func(ctx context.Context) { _ = run(ctx) }) // want `context.Background\(\) drops the trace of ctx`
}
