// Package use starts spans through the wrappers of package tracing.
package use

import (
	"context"

	"otellint.test/spanend/wrapper/tracing"
)

func work(context.Context) error { return nil }

func leaked(ctx context.Context) {
	ctx, span := tracing.StartSpan(ctx, "leaked") // want `span from tracing.StartSpan is never ended`
	span.Tag("k", "v")
	_ = work(ctx)
}

func ended(ctx context.Context) {
	ctx, span := tracing.StartSpan(ctx, "ended")
	defer span.End()
	_ = work(ctx)
}

func unmarked(ctx context.Context) error {
	ctx, span := tracing.StartSpan(ctx, "unmarked") // want `"unmarked" returns an error without setting an error status on span`
	defer span.End()
	return work(ctx)
}

func marked(ctx context.Context) error {
	ctx, span := tracing.StartSpan(ctx, "marked")
	defer span.End()
	if err := work(ctx); err != nil {
		span.Fail(err)
		return err
	}
	return nil
}

func embeddedLeak(ctx context.Context) {
	s := tracing.Begin(ctx, "embeddedLeak") // want `span s from tracing.Begin is never ended`
	s.AddEvent("x")
}

func embeddedEnded(ctx context.Context) {
	s := tracing.Begin(ctx, "embeddedEnded")
	defer s.End()
}

func chained(ctx context.Context) {
	defer tracing.Begin(ctx, "chained").End()
}

func holder(ctx context.Context) {
	_ = tracing.Hold(ctx)
}
