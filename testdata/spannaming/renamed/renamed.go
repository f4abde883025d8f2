// Package renamed shows spans started with an empty name because the
// operation is not known yet, and named by SetName before they end.
package renamed

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("otellint.test/spannaming/renamed")

type frame struct {
	opcode int
	verb   string
}

func serve(context.Context, string) error { return nil }

// route names the span in a closure deferred before the branches that
// start it: the verb is decoded after the Start.
func route(ctx context.Context, f frame) {
	var span trace.Span
	var verb string
	defer func() {
		if verb == "" {
			verb = "unknown"
		}
		span.SetName(verb)
		span.End()
	}()
	switch f.opcode {
	case 1:
		ctx, span = tracer.Start(ctx, "")
		verb = f.verb
		if err := serve(ctx, verb); err != nil {
			return
		}
	default:
		_, span = tracer.Start(ctx, "")
	}
}

// decodeFirst names the span on both branches before the deferred End.
func decodeFirst(ctx context.Context, f frame) error {
	ctx, span := tracer.Start(ctx, "")
	defer span.End()
	if f.verb != "" {
		span.SetName(f.verb)
	} else {
		span.SetName("Frames.Unknown")
	}
	return serve(ctx, f.verb)
}

// oneBranch names the span on one branch only.
func oneBranch(ctx context.Context, f frame) error {
	ctx, span := tracer.Start(ctx, "") // want `span name is empty`
	defer span.End()
	if f.verb != "" {
		span.SetName(f.verb)
	}
	return serve(ctx, f.verb)
}

// endedFirst ends the span on an early path before the deferred closure
// could name it.
func endedFirst(ctx context.Context, f frame) {
	var span trace.Span
	defer func() {
		span.SetName(f.verb)
		span.End()
	}()
	ctx, span = tracer.Start(ctx, "") // want `span name is empty`
	if f.opcode == 0 {
		span.End()
		return
	}
	_ = serve(ctx, f.verb)
}

// endsOnly defers a closure before the Start that ends the span but never
// names it.
func endsOnly(ctx context.Context, f frame) {
	var span trace.Span
	defer func() { span.End() }()
	ctx, span = tracer.Start(ctx, "") // want `span name is empty`
	_ = serve(ctx, f.verb)
}
