// Package recordevent is checked with record-error-event switched on: an
// error recorded as a span event, beside the error.type attribute and the
// error status that replace it.
package recordevent

import (
	"context"
	"errors"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	semconv "go.opentelemetry.io/otel/semconv/v1.40.0"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("recordevent")

type db interface {
	Delete(ctx context.Context, id string) error
}

// Drop records the error as a span event.
func Drop(ctx context.Context, d db, id string) error {
	ctx, span := tracer.Start(ctx, "Drop")
	defer span.End()
	if err := d.Delete(ctx, id); err != nil {
		span.RecordError(err) // want `RecordError records the error as a span event, which the semantic conventions no longer recommend`
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	return nil
}

// DropOK says that the operation failed with the error.type attribute and
// the error status.
func DropOK(ctx context.Context, d db, id string) error {
	ctx, span := tracer.Start(ctx, "DropOK")
	defer span.End()
	if err := d.Delete(ctx, id); err != nil {
		span.SetAttributes(semconv.ErrorType(err))
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	return nil
}

// fail records the error on the span of the context, with options.
func fail(ctx context.Context, err error) { // want fail:"records error on the span in ctx"
	trace.SpanFromContext(ctx).RecordError(err, trace.WithStackTrace(true)) // want `RecordError records the error as a span event`
}

// recorder has a RecordError method of its own: not a span.
type recorder struct{ errs []error }

// RecordError keeps the error.
func (r *recorder) RecordError(err error) { r.errs = append(r.errs, err) }

// keep records errors in a recorder that is not a span.
func keep(r *recorder) {
	r.RecordError(errors.New("lost"))
}
