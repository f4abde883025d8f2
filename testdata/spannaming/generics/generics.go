// Package generics shows span helpers with type parameters, and odd but
// legal code that must not confuse the pass.
package generics

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("otellint.test/spannaming/generics")

// Run runs f in a span named by the caller.
func Run[T any](ctx context.Context, name string, f func(context.Context) T) T { // want Run:`spanname\(name\)`
	ctx, span := tracer.Start(ctx, name)
	defer span.End()
	return f(ctx)
}

// Box is a generic type with a span helper method.
type Box[T any] struct{ t trace.Tracer }

// Start names the span with the caller's action.
func (b Box[T]) Start(ctx context.Context, action string) (context.Context, trace.Span) { // want Start:`spanname\("Box\." \+ action\)`
	return b.t.Start(ctx, "Box."+action)
}

func use(ctx context.Context, b Box[int], id string) {
	_ = Run(ctx, "Inventory.Count", func(context.Context) int { return 0 })
	_ = Run(ctx, "run", func(context.Context) string { return "" }) // want `span name "run" says which function ran`
	_, s1 := b.Start(ctx, "Open")
	s1.End()
	_, s2 := b.Start(ctx, id) // want `span name is built at run time from id`
	s2.End()
	// A method expression shifts the arguments: not followed.
	_, s3 := Box[int].Start(b, ctx, "open")
	s3.End()
	// A span name from a function value or a variadic list is not resolved.
	names := []string{"a"}
	_, s4 := tracer.Start(ctx, names[0])
	s4.End()
	var get func() string
	if get != nil {
		_, s5 := tracer.Start(ctx, get())
		s5.End()
	}
}

// Named string types and conversions.
type spanName string

const checkout spanName = "Checkout.Pay"

func conversions(ctx context.Context, n spanName) { // want conversions:`spanname\(n\)`
	_, s1 := tracer.Start(ctx, string(checkout))
	s1.End()
	_, s2 := tracer.Start(ctx, string(n))
	s2.End()
}

func callConversions(ctx context.Context) {
	conversions(ctx, "checkout") // want `span name "checkout" does not follow`
	conversions(ctx, checkout)
}
