// Package extra is checked with configured starters and enders.
package extra

import (
	"context"

	"go.opentelemetry.io/otel/trace"
)

type factory interface {
	New(ctx context.Context) trace.Span
}

// begin starts a span through an interface: facts cannot see it.
func begin(ctx context.Context, f factory) trace.Span {
	return f.New(ctx)
}

type pool struct{ n int }

// release ends the span by a route facts cannot see.
func (p *pool) release(s trace.Span) { // want release:"only uses s"
	p.n++
	s.AddEvent("released")
}

func leaked(ctx context.Context, f factory) {
	span := begin(ctx, f) // want `span from begin is never ended`
	span.AddEvent("x")
}

func ended(ctx context.Context, f factory) {
	span := begin(ctx, f)
	defer span.End()
}

func released(ctx context.Context, f factory, p *pool) {
	span := begin(ctx, f)
	defer p.release(span)
}
