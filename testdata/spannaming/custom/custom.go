// Package custom is checked with -spannaming.pattern=^[a-z]+(\.[a-z_]+)+$
// and -spannaming.generic-names=do_stuff.
package custom

import (
	"context"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("otellint.test/spannaming/custom")

func names(ctx context.Context) {
	_, s1 := tracer.Start(ctx, "orders.place_order")
	s1.End()
	_, s2 := tracer.Start(ctx, "OrderService.PlaceOrder") // want `span name "OrderService.PlaceOrder" does not match the naming pattern \^\[a-z\]`
	s2.End()
	_, s3 := tracer.Start(ctx, "orders.doStuff") // want `span name "orders.doStuff" does not match`
	s3.End()
	_, s4 := tracer.Start(ctx, "DoStuff") // want `span name "DoStuff" says which function ran`
	s4.End()
}
