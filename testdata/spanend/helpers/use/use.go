// Package use calls the helpers of package lib.
package use

import (
	"context"
	"errors"

	"go.opentelemetry.io/otel/trace"

	"otellint.test/spanend/helpers/lib"
)

func work(context.Context) error { return nil }

func finished(ctx context.Context) (err error) {
	ctx, span := lib.Start(ctx, "finished")
	defer lib.Finish(span, &err)
	return work(ctx)
}

func leaked(ctx context.Context) {
	_, span := lib.Start(ctx, "leaked") // want `span from lib.Start is never ended`
	lib.Annotate(span, "x")
}

func leakedSpanOnly(ctx context.Context) {
	span := lib.StartSpan(ctx, "leakedSpanOnly") // want `span from lib.StartSpan is never ended`
	lib.Ok(span)
}

func failed(ctx context.Context) error {
	ctx, span := lib.Start(ctx, "failed")
	defer span.End()
	if err := work(ctx); err != nil {
		return lib.Fail(span, err)
	}
	return nil
}

func noStatus(ctx context.Context) error {
	ctx, span := lib.Start(ctx, "noStatus") // want `"noStatus" returns an error without setting an error status on span`
	defer span.End()
	if err := work(ctx); err != nil {
		lib.Ok(span)
		return errors.New("failed")
	}
	return nil
}

func endedLater(ctx context.Context) {
	span := lib.StartSpan(ctx, "endedLater")
	lib.EndLater(span)
}

func chained(ctx context.Context) {
	defer lib.StartSpan(ctx, "chained").End()
}

func dropped(ctx context.Context) {
	lib.StartSpan(ctx, "dropped") // want `span returned by lib.StartSpan is discarded`
}

func droppedChained(ctx context.Context) {
	lib.StartSpan(ctx, "droppedChained").AddEvent("x") // want `span returned by lib.StartSpan is discarded`
}

// A local helper that starts through a helper.
func startLocal(ctx context.Context) (context.Context, trace.Span) { // want startLocal:"starts and returns a span"
	ctx, span := lib.Start(ctx, "local")
	return ctx, span
}

func viaLocal(ctx context.Context) {
	_, span := startLocal(ctx) // want `span from startLocal is never ended`
	span.AddEvent("x")
}

func done(ctx context.Context) {
	span := lib.StartSpan(ctx, "done")
	defer lib.Done(span)
}
