// Package reassigned shows a span variable given another span while its
// first span is still open.
package reassigned

import (
	"context"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("reassigned")

func overwritten(ctx context.Context) {
	_, span := tracer.Start(ctx, "first") // want `span from tracer.Start is lost when span is assigned another span before this one is ended`
	_, span = tracer.Start(ctx, "second")
	defer span.End()
}

func overwrittenOnBranch(ctx context.Context, child bool) {
	ctx, span := tracer.Start(ctx, "parent") // want `span from tracer.Start is lost when span is assigned another span`
	if child {
		ctx, span = tracer.Start(ctx, "child")
	}
	defer span.End()
	_ = ctx
}

// Each span is ended before the variable gets the next.
func endedFirst(ctx context.Context) {
	_, span := tracer.Start(ctx, "first")
	span.End()
	_, span = tracer.Start(ctx, "second")
	span.End()
}

// Deferred End of the first span before the second.
func deferredFirst(ctx context.Context) {
	_, span := tracer.Start(ctx, "first")
	defer span.End()
	_, span = tracer.Start(ctx, "second")
	defer span.End()
}

// The first span is still held by another variable.
func keptInAlias(ctx context.Context) {
	_, span := tracer.Start(ctx, "first")
	first := span
	_, span = tracer.Start(ctx, "second")
	span.End()
	first.End()
}
