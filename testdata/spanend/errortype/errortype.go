// Package errortype is checked with missing-error-type switched on: an
// error status set without the error.type attribute, beside the ways of
// setting it before, after, at the start or in a helper.
package errortype

import (
	"context"
	"errors"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	semconv "go.opentelemetry.io/otel/semconv/v1.40.0"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("errortype")

type store interface {
	Get(ctx context.Context, id string) error
}

// Missing sets an error status and nothing says which error.
func Missing(ctx context.Context, s store, id string) error {
	ctx, span := tracer.Start(ctx, "Missing")
	defer span.End()
	if err := s.Get(ctx, id); err != nil {
		span.SetStatus(codes.Error, err.Error()) // want `error status set without an error.type attribute on this path`
		return err
	}
	return nil
}

// Before sets error.type with a literal key before the status.
func Before(ctx context.Context, s store, id string) error {
	ctx, span := tracer.Start(ctx, "Before")
	defer span.End()
	if err := s.Get(ctx, id); err != nil {
		span.SetAttributes(attribute.String("error.type", "get_failed"))
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	return nil
}

// After sets error.type with the semconv helper after the status.
func After(ctx context.Context, s store, id string) error {
	ctx, span := tracer.Start(ctx, "After")
	defer span.End()
	if err := s.Get(ctx, id); err != nil {
		span.SetStatus(codes.Error, err.Error())
		span.SetAttributes(semconv.ErrorTypeKey.String("get_failed"))
		return err
	}
	return nil
}

// OnePath sets error.type on one path only: the other reaches the
// return without it.
func OnePath(ctx context.Context, s store, id string, known bool) error {
	ctx, span := tracer.Start(ctx, "OnePath")
	defer span.End()
	if err := s.Get(ctx, id); err != nil {
		span.SetStatus(codes.Error, err.Error()) // want `error status set without an error.type attribute`
		if known {
			span.SetAttributes(semconv.ErrorTypeOther)
		}
		return err
	}
	return nil
}

// AtStart starts the span with error.type already set.
func AtStart(ctx context.Context, kind string) {
	_, span := tracer.Start(ctx, "AtStart", trace.WithAttributes(attribute.String("error.type", kind)))
	defer span.End()
	span.SetStatus(codes.Error, "failed")
}

// Helper hands the span to a helper that records the failure.
func Helper(ctx context.Context, s store, id string) error {
	ctx, span := tracer.Start(ctx, "Helper")
	defer span.End()
	if err := s.Get(ctx, id); err != nil {
		span.SetStatus(codes.Error, err.Error())
		fail(span, err)
		return err
	}
	return nil
}

// Spread sets attributes built elsewhere, which may hold error.type.
func Spread(ctx context.Context, attrs []attribute.KeyValue) {
	_, span := tracer.Start(ctx, "Spread")
	defer span.End()
	span.SetStatus(codes.Error, "failed")
	span.SetAttributes(attrs...)
}

// OK sets an Ok status: no failure, nothing to type.
func OK(ctx context.Context) {
	_, span := tracer.Start(ctx, "OK")
	defer span.End()
	span.SetStatus(codes.Ok, "")
}

// Deferred sets the status in a deferred closure, and error.type on
// the path before it runs.
func Deferred(ctx context.Context, s store, id string) (err error) {
	ctx, span := tracer.Start(ctx, "Deferred")
	defer func() {
		if err != nil {
			span.SetStatus(codes.Error, err.Error())
		}
		span.End()
	}()
	if err = s.Get(ctx, id); err != nil {
		span.SetAttributes(attribute.String("error.type", errors.Unwrap(err).Error()))
	}
	return err
}

// fail records a failure on a span.
func fail(span trace.Span, err error) { // want fail:"only uses span"
	span.SetAttributes(attribute.String("error.type", err.Error()))
}

// DeferredMissing sets the status in a deferred closure and error.type
// nowhere.
func DeferredMissing(ctx context.Context, s store, id string) (err error) {
	ctx, span := tracer.Start(ctx, "DeferredMissing")
	defer func() {
		if err != nil {
			span.SetStatus(codes.Error, err.Error()) // want `error status set without an error.type attribute`
		}
		span.End()
	}()
	return s.Get(ctx, id)
}
