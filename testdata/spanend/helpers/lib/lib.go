// Package lib holds span helpers whose behaviour callers in other packages
// learn from facts.
package lib

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("lib")

// Start starts a span its caller must end.
func Start(ctx context.Context, name string) (context.Context, trace.Span) { // want Start:"starts and returns a span"
	return tracer.Start(ctx, name)
}

// StartSpan starts a span and returns only the span.
func StartSpan(ctx context.Context, name string) trace.Span { // want StartSpan:"starts and returns a span"
	_, span := tracer.Start(ctx, name)
	span.SetAttributes()
	return span
}

// Finish sets the error status and ends the span: defer Finish(span, &err).
func Finish(span trace.Span, err *error) { // want Finish:"ends span, sets error status on span"
	if *err != nil {
		span.SetStatus(codes.Error, (*err).Error())
	}
	span.End()
}

// Done ends the span through Finish.
func Done(s trace.Span) { // want Done:"ends s, sets error status on s"
	var err error
	Finish(s, &err)
}

// Fail marks the span as failed and returns err: return Fail(span, err).
func Fail(span trace.Span, err error) error { // want Fail:"sets error status on span, records error on span"
	span.RecordError(err)
	span.SetStatus(codes.Error, err.Error())
	return err
}

// Annotate only adds to the span.
func Annotate(span trace.Span, key string) { // want Annotate:"only uses span"
	span.AddEvent(key)
}

// EndLater ends the span in a goroutine.
func EndLater(span trace.Span) { // want EndLater:"ends span"
	go func() {
		span.End()
	}()
}

// Ok sets a status that is not an error.
func Ok(span trace.Span) { // want Ok:"only uses span"
	span.SetStatus(codes.Ok, "")
}
