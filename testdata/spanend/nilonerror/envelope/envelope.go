// Package envelope builds a message envelope and starts the span of its
// delivery: with every error it returns a nil span, as Go functions leave
// their other results unset beside an error.
package envelope

import (
	"context"
	"errors"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("envelope")

// Envelope is a message ready to deliver.
type Envelope struct{ Topic string }

// Build returns the envelope and the span its caller must end, or an
// error and no span.
func Build(ctx context.Context, topic string) (*Envelope, trace.Span, error) { // want Build:`starts and returns a span \(nil with an error\)`
	if topic == "" {
		return nil, nil, errors.New("no topic")
	}
	_, span := tracer.Start(ctx, "deliver")
	return &Envelope{Topic: topic}, span, nil
}

// Open returns the span with its error: the caller must end it either way.
func Open(ctx context.Context, topic string) (trace.Span, error) { // want Open:"starts and returns a span"
	_, span := tracer.Start(ctx, "open")
	if topic == "" {
		return span, errors.New("no topic")
	}
	return span, nil
}
