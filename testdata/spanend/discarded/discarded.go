// Package discarded shows spans and contexts thrown away.
package discarded

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("discarded")

func work(context.Context) {}

func compute() int { return 1 }

func statement(ctx context.Context) {
	tracer.Start(ctx, "statement") // want `span returned by tracer.Start is discarded`
}

func blank(ctx context.Context) {
	ctx, _ = tracer.Start(ctx, "blank") // want `span returned by tracer.Start is discarded`
	work(ctx)
}

func blankVar(ctx context.Context) {
	var _, _ = tracer.Start(ctx, "blankVar") // want `span returned by tracer.Start is discarded`
}

// The context carrying the span goes to the caller, who ends it.
func hook(ctx context.Context) context.Context {
	ctx, _ = tracer.Start(ctx, "hook")
	return ctx
}

// The span is reached through the context.
func reached(ctx context.Context) {
	ctx, _ = tracer.Start(ctx, "reached")
	defer trace.SpanFromContext(ctx).End()
	work(ctx)
}

func oldContext(ctx context.Context) {
	_, span := tracer.Start(ctx, "oldContext") // want `context returned by tracer.Start is discarded but ctx is still passed on`
	defer span.End()
	work(ctx)
}

func siblingNotChild(ctx context.Context) {
	_, span := tracer.Start(ctx, "parent") // want `context returned by tracer.Start is discarded`
	defer span.End()
	_, child := tracer.Start(ctx, "child")
	child.End()
}

func inGoroutine(ctx context.Context) {
	_, span := tracer.Start(ctx, "inGoroutine") // want `context returned by tracer.Start is discarded`
	defer span.End()
	go work(ctx)
}

// A leaf span: nothing below it needs the context.
func leaf(ctx context.Context) int {
	_, span := tracer.Start(ctx, "leaf")
	defer span.End()
	return compute()
}

// The old context is used after the span ended.
func afterEnd(ctx context.Context) {
	_, span := tracer.Start(ctx, "afterEnd")
	span.AddEvent("x")
	span.End()
	work(ctx)
}

// The context is rebuilt with the span.
func rebuilt(ctx context.Context) {
	_, span := tracer.Start(ctx, "rebuilt")
	defer span.End()
	ctx = trace.ContextWithSpan(ctx, span)
	work(ctx)
}

// The new context is kept.
func kept(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "kept")
	defer span.End()
	work(ctx)
}
