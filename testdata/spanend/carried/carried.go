// Package carried shows errors returned inside a result value.
package carried

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
)

var tracer = otel.Tracer("carried")

func work(context.Context) error { return nil }

type checkResult struct {
	allowed bool
	err     error
}

func unmarked(ctx context.Context) checkResult {
	ctx, span := tracer.Start(ctx, "unmarked") // want `"unmarked" returns an error without setting an error status on span`
	defer span.End()
	if err := work(ctx); err != nil {
		return checkResult{err: err}
	}
	return checkResult{allowed: true}
}

func positional(ctx context.Context) (int, checkResult) {
	ctx, span := tracer.Start(ctx, "positional") // want `"positional" returns an error without setting an error status`
	defer span.End()
	err := work(ctx)
	if err != nil {
		return 0, checkResult{false, err}
	}
	return 1, checkResult{true, nil}
}

func marked(ctx context.Context) checkResult {
	ctx, span := tracer.Start(ctx, "marked")
	defer span.End()
	if err := work(ctx); err != nil {
		span.SetStatus(codes.Error, err.Error())
		return checkResult{err: err}
	}
	return checkResult{allowed: true, err: nil}
}

// The error is known nil where it is carried.
func checked(ctx context.Context) checkResult {
	ctx, span := tracer.Start(ctx, "checked")
	defer span.End()
	err := work(ctx)
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
		return checkResult{}
	}
	return checkResult{allowed: true, err: err}
}
