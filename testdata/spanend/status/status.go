// Package status shows spans that return errors with and without an error
// status.
package status

import (
	"context"
	"errors"
	"fmt"
	"log"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("status")

func work(context.Context) error { return nil }

func missing(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "missing") // want `"missing" returns an error without setting an error status on span`
	defer span.End()
	if err := work(ctx); err != nil {
		return err
	}
	return nil
}

func set(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "set")
	defer span.End()
	if err := work(ctx); err != nil {
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	return nil
}

func okStatus(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "okStatus") // want `"okStatus" returns an error without setting`
	defer span.End()
	if err := work(ctx); err != nil {
		span.SetStatus(codes.Ok, "")
		return err
	}
	span.SetStatus(codes.Unset, "")
	return nil
}

func variableCode(ctx context.Context, code codes.Code) error {
	ctx, span := tracer.Start(ctx, "variableCode")
	defer span.End()
	if err := work(ctx); err != nil {
		span.SetStatus(code, err.Error())
		return err
	}
	return nil
}

// The article's deferred closure over a named error.
func deferredNamed(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "deferredNamed")
	defer func() {
		if err != nil {
			span.RecordError(err)
			span.SetStatus(codes.Error, "system_error")
		} else {
			span.SetStatus(codes.Ok, "")
		}
		span.End()
	}()
	return work(ctx)
}

func onlyNil(ctx context.Context) error {
	_, span := tracer.Start(ctx, "onlyNil")
	defer span.End()
	return nil
}

func wrapped(ctx context.Context) (int, error) {
	ctx, span := tracer.Start(ctx, "wrapped") // want `"wrapped" returns an error without setting`
	defer span.End()
	if err := work(ctx); err != nil {
		return 0, fmt.Errorf("wrapped: %w", err)
	}
	return 1, nil
}

// Ended, then the error from inside the span is returned.
func endThenReturn(ctx context.Context) error {
	ctx2, span := tracer.Start(ctx, "endThenReturn") // want `"endThenReturn" returns an error without setting`
	err := work(ctx2)
	span.End()
	return err
}

// Ended, then an error from after the span is returned.
func endThenOther(ctx context.Context) error {
	ctx2, span := tracer.Start(ctx, "endThenOther")
	_ = work(ctx2)
	span.End()
	return work(ctx)
}

func endThenAssign(ctx context.Context) error {
	ctx2, span := tracer.Start(ctx, "endThenAssign")
	_ = work(ctx2)
	span.End()
	err := work(ctx)
	return err
}

// The span lives in a block the return is outside of.
func scoped(ctx context.Context, verbose bool) error {
	if verbose {
		_, span := tracer.Start(ctx, "scoped")
		span.End()
	}
	return errors.New("outside the span")
}

func nakedUnassigned(ctx context.Context) (n int, err error) {
	_, span := tracer.Start(ctx, "nakedUnassigned")
	defer span.End()
	n = 1
	return
}

func nakedAssigned(ctx context.Context) (n int, err error) {
	ctx, span := tracer.Start(ctx, "nakedAssigned") // want `"nakedAssigned" returns an error without setting`
	defer span.End()
	err = work(ctx)
	return
}

// A local helper that sets the status.
func setErr(span trace.Span, err error) error { // want setErr:"sets error status on span"
	span.SetStatus(codes.Error, err.Error())
	return err
}

func viaHelper(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "viaHelper")
	defer span.End()
	if err := work(ctx); err != nil {
		return setErr(span, err)
	}
	return nil
}

func viaClosure(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "viaClosure")
	defer span.End()
	fail := func(err error) error {
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	if err := work(ctx); err != nil {
		return fail(err)
	}
	return nil
}

func fatalPath(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "fatalPath")
	defer span.End()
	if err := work(ctx); err != nil {
		log.Fatalf("cannot work: %v", err)
	}
	return nil
}

// Through the context's span.
func fromContext(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "fromContext")
	defer span.End()
	if err := work(ctx); err != nil {
		trace.SpanFromContext(ctx).SetStatus(codes.Error, err.Error())
		return err
	}
	return nil
}

// Status set only on one of two error paths.
func onePath(ctx context.Context, retry bool) error {
	ctx, span := tracer.Start(ctx, "onePath") // want `"onePath" returns an error without setting`
	defer span.End()
	err := work(ctx)
	if err != nil && retry {
		return err
	}
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	return nil
}

// The error is checked: it is nil on the path that skips the status.
func checkedThenReturned(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "checkedThenReturned")
	defer span.End()
	err := work(ctx)
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
	} else {
		span.SetAttributes()
	}
	return err
}

func checkedNoElse(ctx context.Context) (int, error) {
	ctx, span := tracer.Start(ctx, "checkedNoElse")
	defer span.End()
	err := work(ctx)
	if err != nil && ctx != nil {
		span.SetStatus(codes.Error, err.Error())
		return 0, err
	}
	if err == nil {
		return 1, err
	}
	return 0, nil
}

func checkedButLogged(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "checkedButLogged") // want `"checkedButLogged" returns an error without setting`
	defer span.End()
	err := work(ctx)
	if err != nil {
		log.Print(err)
	}
	return err
}

// A helper that marks the span in its context.
func failCtx(ctx context.Context, err error) error { // want failCtx:"sets error status on the span in ctx"
	trace.SpanFromContext(ctx).SetStatus(codes.Error, err.Error())
	return err
}

func viaContextHelper(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "viaContextHelper")
	defer span.End()
	if err := work(ctx); err != nil {
		return failCtx(ctx, err)
	}
	return nil
}

// A helper that ends the span in its context.
func finishCtx(ctx context.Context) { // want finishCtx:"ends the span in ctx"
	span := trace.SpanFromContext(ctx)
	span.End() // want `this ends the caller's span`
}

func endedViaContext(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "endedViaContext")
	span.AddEvent("x")
	defer finishCtx(ctx)
}
