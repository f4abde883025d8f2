// Package partial shows helpers that mark the span on some paths only, or
// only when they return an error.
package partial

import (
	"context"
	"errors"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("partial")

func lookup(context.Context) (string, error) { return "", nil }

func check(string) error { return nil }

// traceError marks the span of the context.
func traceError(span trace.Span, err error) { // want traceError:"sets error status on span"
	span.SetStatus(codes.Error, err.Error())
}

// resolve marks the span of its context on one error path only.
func resolve(ctx context.Context) (string, error) { // want resolve:"sets error status on the span in ctx on some paths"
	v, err := lookup(ctx)
	if err != nil {
		traceError(trace.SpanFromContext(ctx), err)
		return "", err
	}
	if err := check(v); err != nil {
		return "", err
	}
	return v, nil
}

// validate marks the span whenever it returns an error.
func validate(span trace.Span, v string) error { // want validate:"sets error status on span when it returns an error"
	if v == "" {
		err := errors.New("empty")
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	return nil
}

// The error of resolve may come from the path that did not mark the span.
func afterPartial(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "afterPartial") // want `"afterPartial" returns an error without setting an error status on span`
	defer span.End()
	if _, err := resolve(ctx); err != nil {
		return err
	}
	return nil
}

// The error of validate is marked; a later error is not.
func afterValidate(ctx context.Context, v string) error {
	ctx, span := tracer.Start(ctx, "afterValidate") // want `"afterValidate" returns an error without setting an error status on span`
	defer span.End()
	if err := validate(span, v); err != nil {
		return err
	}
	if _, err := lookup(ctx); err != nil {
		return err
	}
	return nil
}

func validated(ctx context.Context, v string) error {
	_, span := tracer.Start(ctx, "validated")
	defer span.End()
	if err := validate(span, v); err != nil {
		return err
	}
	return nil
}

func validatedDirect(ctx context.Context, v string) error {
	_, span := tracer.Start(ctx, "validatedDirect")
	defer span.End()
	return validate(span, v)
}

// failure wraps an error in the package's own error type.
type failure struct{ err error }

func (f *failure) Error() string { return "failed: " + f.err.Error() }

func permanent(err error) *failure { return &failure{err: err} }

// The error validate marked is returned wrapped in another error: the
// span was marked.
func validatedWrapped(ctx context.Context, v string) error {
	_, span := tracer.Start(ctx, "validatedWrapped")
	defer span.End()
	if v == "" {
		return permanent(validate(span, v))
	}
	if err := error(permanent(validate(span, v+"!"))); err != nil {
		return err
	}
	return nil
}

// The same wrapper around an error nothing marked.
func unmarkedWrapped(ctx context.Context, v string) error {
	ctx, span := tracer.Start(ctx, "unmarkedWrapped") // want `"unmarkedWrapped" returns an error without setting an error status on span`
	defer span.End()
	if _, err := lookup(ctx); err != nil {
		return permanent(err)
	}
	return nil
}
