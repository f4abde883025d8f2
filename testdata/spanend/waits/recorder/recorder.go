// Package recorder records events when the context asks for it: its
// functions read a flag of their own from the context, and one reads the
// span.
package recorder

import (
	"context"

	"go.opentelemetry.io/otel/trace"
)

type recordingKey struct{}

// WithRecording asks the functions below to record.
func WithRecording(ctx context.Context) context.Context {
	return context.WithValue(ctx, recordingKey{}, true)
}

// Enabled reads the flag: any context derived from the one that carries
// it, a span's among them, gives the same answer.
func Enabled(ctx context.Context) bool { // want Enabled:"waits on parameter 0"
	on, _ := ctx.Value(recordingKey{}).(bool)
	return on
}

// Recorder queues events.
type Recorder struct{ events chan string }

// Record queues event when ctx asks for recording, and drops it when the
// queue is full.
func (r Recorder) Record(ctx context.Context, event string) { // want Record:"waits on parameter 0"
	if !Enabled(ctx) {
		return
	}
	select {
	case r.events <- event:
	default:
	}
}

// Labelled reads the span of the context: which span it carries matters.
func Labelled(ctx context.Context, event string) string {
	return event + " " + trace.SpanContextFromContext(ctx).TraceID().String()
}

// traceFlag reads the span through its own helper.
func traceFlag(ctx context.Context) bool {
	return trace.SpanFromContext(ctx).IsRecording()
}

// Sampled says whether the span of ctx records.
func Sampled(ctx context.Context) bool {
	return traceFlag(ctx)
}
