// Package endonerror shows deferred closures that end the span only when
// the function fails.
package endonerror

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
)

var tracer = otel.Tracer("endonerror")

func work(context.Context) error { return nil }

func onlyOnError(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "onlyOnError") // want `span from tracer.Start is ended only when err is not nil, so it leaks on success`
	defer func() {
		if err != nil {
			span.SetStatus(codes.Error, err.Error())
			span.End()
		}
	}()
	if err = work(ctx); err != nil {
		return err
	}
	return nil
}

// The End follows the if: it runs on success too.
func always(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "always")
	defer func() {
		if err != nil {
			span.SetStatus(codes.Error, err.Error())
		}
		span.End()
	}()
	if err = work(ctx); err != nil {
		return err
	}
	return nil
}

// The else branch ends it on success.
func bothBranches(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "bothBranches")
	defer func() {
		if err != nil {
			span.SetStatus(codes.Error, err.Error())
			span.End()
		} else {
			span.End()
		}
	}()
	return work(ctx)
}

// Every return may carry an error: nothing to say.
func neverNil(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "neverNil")
	defer func() {
		if err != nil {
			span.SetStatus(codes.Error, err.Error())
			span.End()
		}
	}()
	return work(ctx)
}
