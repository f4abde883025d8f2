// Package noop starts spans on a no-op tracer, as a check of an attribute
// helper does: such a span records nothing, so leaving it unended or
// dropping its context loses nothing. The same code on a real tracer
// loses the span.
package noop

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/noop"
)

// annotate sets the attributes under test on span.
func annotate(ctx context.Context, span trace.Span) { // want annotate:"only uses span"
	if ctx != nil {
		span.SetName("annotated")
	}
}

// chained takes the span from noop.NewTracerProvider().Tracer(name).
func chained() {
	ctx := context.Background()
	_, span := noop.NewTracerProvider().Tracer("check").Start(ctx, "check")
	annotate(ctx, span)
}

// typed holds a noop.Tracer.
func typed(ctx context.Context) {
	var tr noop.Tracer
	_, span := tr.Start(ctx, "check")
	annotate(ctx, span)
}

// recorded starts the same span on the global tracer, which records it.
func recorded(ctx context.Context) {
	_, span := otel.Tracer("check").Start(ctx, "check") // want `Start is never ended` `context returned by .*Start is discarded but ctx is still passed on`
	annotate(ctx, span)
}

// provider takes the tracer from a provider that may record.
func provider(ctx context.Context, tp trace.TracerProvider) {
	_, span := tp.Tracer("check").Start(ctx, "check") // want `Start is never ended` `context returned by .*Start is discarded but ctx is still passed on`
	annotate(ctx, span)
}
