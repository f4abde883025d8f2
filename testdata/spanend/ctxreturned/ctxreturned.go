// Package ctxreturned shows the context of a span returned beside an
// error.
package ctxreturned

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
)

var tracer = otel.Tracer("ctxreturned")

func work(context.Context) error { return nil }

// The span ends with the function: the context returned carries nothing
// the caller must end, and the error leaves the span without a status.
func endedHere(ctx context.Context) (context.Context, error) {
	ctx, span := tracer.Start(ctx, "endedHere") // want `"endedHere" returns an error without setting an error status on span`
	defer span.End()
	if err := work(ctx); err != nil {
		return ctx, err
	}
	return ctx, nil
}

func endedHereMarked(ctx context.Context) (context.Context, error) {
	ctx, span := tracer.Start(ctx, "endedHereMarked")
	defer span.End()
	if err := work(ctx); err != nil {
		span.SetStatus(codes.Error, err.Error())
		return ctx, err
	}
	return ctx, nil
}

// A start hook: the caller ends the span of the context.
func startHook(ctx context.Context) (context.Context, error) {
	ctx, span := tracer.Start(ctx, "startHook")
	if err := work(ctx); err != nil {
		span.SetStatus(codes.Error, err.Error())
		span.End()
		return nil, err
	}
	return ctx, nil
}
