// Package fix shows the "defer span.End()" fix.
package fix

import (
	"context"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("fix")

func work(context.Context) {}

func neverEnded(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "neverEnded") // want `span from tracer.Start is never ended`
	span.SetAttributes()
	work(ctx)
}

func inSwitch(ctx context.Context, n int) {
	switch n {
	case 1:
		_, s := tracer.Start(ctx, "inSwitch") // want `span s from tracer.Start is never ended`
		s.AddEvent("one")
	}
}

// Ended on one path: no fix, the author must choose.
func partly(ctx context.Context, ok bool) {
	_, span := tracer.Start(ctx, "partly") // want `not ended on every path`
	if ok {
		span.End()
	}
}

// In a loop a deferred End would wait for the function: no fix.
func inLoop(ctx context.Context, names []string) {
	for _, n := range names {
		_, span := tracer.Start(ctx, n) // want `is never ended`
		span.AddEvent("x")
	}
}
