// Package useafterend shows changes made to a span after it ended.
package useafterend

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("useafterend")

func work(context.Context) error { return nil }

func recordAfter(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "recordAfter")
	err := work(ctx)
	span.End()
	span.RecordError(err)                       // want `span.RecordError is called after the span has ended`
	span.SetAttributes(attribute.Int("n", 1))   // want `span.SetAttributes is called after the span has ended`
	trace.SpanFromContext(ctx).AddEvent("done") // want `AddEvent is called after the span has ended`
	span.SetStatus(codes.Error, "late")         // want `span.SetStatus is called after the span has ended`
}

// Ended on one branch that goes on: the change after the if is lost there.
func endedOnBranch(ctx context.Context, early bool) {
	_, span := tracer.Start(ctx, "endedOnBranch")
	if early {
		span.End()
	}
	span.AddEvent("late") // want `span.AddEvent is called after the span has ended`
	span.End()
}

// The branch that ends the span returns.
func endedAndReturned(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "endedAndReturned")
	if err := work(ctx); err != nil {
		span.SetStatus(codes.Error, err.Error())
		span.End()
		return err
	}
	span.AddEvent("ok")
	span.End()
	return nil
}

// A deferred End runs at the return, after every change.
func deferred(ctx context.Context) {
	_, span := tracer.Start(ctx, "deferred")
	defer span.End()
	span.AddEvent("x")
}

// A new span in the same variable.
func restarted(ctx context.Context) {
	_, span := tracer.Start(ctx, "first")
	span.End()
	_, span = tracer.Start(ctx, "second")
	span.AddEvent("x")
	span.End()
}

// A loop that changes the span at its top and ends it on its last round
// (when there is one).
func loop(ctx context.Context, n int) {
	_, span := tracer.Start(ctx, "loop") // want `span from tracer.Start is not ended on every path`
	for i := range n {
		span.AddEvent("round")
		if i == n-1 {
			span.End()
		}
	}
}

// Each round starts its own span.
func perRound(ctx context.Context, names []string) {
	for _, n := range names {
		_, span := tracer.Start(ctx, n)
		span.AddEvent("x")
		span.End()
	}
}
