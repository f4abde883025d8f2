// Package use drops the context of a span and passes the old one on: to
// helpers that only wait on it (nothing is lost), and to ones that do
// more with it.
package use

import (
	"context"

	"go.opentelemetry.io/otel"

	"otellint.test/spanend/waits/chans"
	"otellint.test/spanend/waits/recorder"
)

var tracer = otel.Tracer("use")

// The old context only bounds a channel send: no span or log below can
// miss its parent.
func sendOnly(ctx context.Context, ch chan<- string) {
	_, span := tracer.Start(ctx, "sendOnly")
	defer span.End()
	if chans.TrySend(ctx, "x", ch) {
		span.AddEvent("sent")
	}
	if _, ok := chans.Recv(ctx, make(chan int)); ok {
		span.AddEvent("received")
	}
	chans.NewMedium().Send(ctx, "y") // every Medium of its package only waits
}

// A helper of this package that only waits.
func localWait(ctx context.Context) {
	_, span := tracer.Start(ctx, "localWait")
	defer span.End()
	wait(ctx)
}

func wait(ctx context.Context) {
	<-ctx.Done()
}

// The log line below is not part of the span.
func sendLogged(ctx context.Context, ch chan<- string) {
	_, span := tracer.Start(ctx, "sendLogged") // want `context returned by tracer.Start is discarded but ctx is still passed on`
	defer span.End()
	chans.SendLogged(ctx, "x", ch)
}

// A helper that ignores its context today may use it tomorrow.
func ignored(ctx context.Context) {
	_, span := tracer.Start(ctx, "ignored") // want `context returned by tracer.Start is discarded but ctx is still passed on`
	defer span.End()
	chans.Ignore(ctx)
}

// A local helper that starts a span with it.
func localSpan(ctx context.Context) {
	_, span := tracer.Start(ctx, "localSpan") // want `context returned by tracer.Start is discarded but ctx is still passed on`
	defer span.End()
	child(ctx)
}

func child(ctx context.Context) {
	_, span := tracer.Start(ctx, "child")
	defer span.End()
	<-ctx.Done()
}

// The old context only tells the recorder whether to record: its flag is
// the same in the span's context.
func recordOnly(ctx context.Context, r recorder.Recorder) {
	_, span := tracer.Start(ctx, "recordOnly")
	defer span.End()
	if recorder.Enabled(ctx) {
		r.Record(ctx, "recorded")
	}
}

// The trace ID of the old context is that of the caller's span, not of
// this one.
func labelled(ctx context.Context) string {
	_, span := tracer.Start(ctx, "labelled") // want `context returned by tracer.Start is discarded but ctx is still passed on`
	defer span.End()
	return recorder.Labelled(ctx, "x")
}

// The same through a helper of the recorder's package.
func sampled(ctx context.Context) bool {
	_, span := tracer.Start(ctx, "sampled") // want `context returned by tracer.Start is discarded but ctx is still passed on`
	defer span.End()
	return recorder.Sampled(ctx)
}
