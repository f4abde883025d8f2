// Package deferargs shows helpers deferred with the error as an argument,
// which is evaluated when the defer statement runs.
package deferargs

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("deferargs")

func work(context.Context) error { return nil }

// finish marks the span failed when err is not nil and ends it.
func finish(span trace.Span, err error) { // want finish:"ends span, sets error status on span"
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
	}
	span.End()
}

// finishPtr reads the error when it runs.
func finishPtr(span trace.Span, err *error) { // want finishPtr:"ends span, sets error status on span"
	if *err != nil {
		span.SetStatus(codes.Error, (*err).Error())
	}
	span.End()
}

// finishCtx marks the span of the context.
func finishCtx(ctx context.Context, err error) { // want finishCtx:"sets error status on the span in ctx"
	if err != nil {
		trace.SpanFromContext(ctx).SetStatus(codes.Error, err.Error())
	}
}

// The error is assigned after the defer: finish sees nil.
func assignedLater(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "assignedLater")
	var err error
	defer finish(span, err) // want `err is evaluated when the defer statement runs, before the error is set, so finish never sees it`
	err = work(ctx)
	return err
}

// A named result set by the return.
func namedResult(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "namedResult")
	defer finish(span, err) // want `err is evaluated when the defer statement runs`
	return work(ctx)
}

// Through the span of the context.
func throughContext(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "throughContext")
	defer span.End()
	defer finishCtx(ctx, err) // want `err is evaluated when the defer statement runs`
	err = work(ctx)
	return err
}

// A pointer is read when the deferred call runs.
func pointer(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "pointer")
	defer finishPtr(span, &err)
	return work(ctx)
}

// A closure reads err when the function returns.
func closure(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "closure")
	defer func() { finish(span, err) }()
	return work(ctx)
}

// The error is final when the defer statement runs.
func finalError(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "finalError")
	err := work(ctx)
	defer finish(span, err)
	return err
}

// A parameter is not changed below the defer.
func parameter(ctx context.Context, err error) error {
	_, span := tracer.Start(ctx, "parameter")
	defer finish(span, err)
	return err
}
