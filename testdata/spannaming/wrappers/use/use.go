// Package use calls the helpers of package lib.
package use

import (
	"context"
	"fmt"
	"net/http"

	"go.opentelemetry.io/otel/trace"

	"otellint.test/spannaming/wrappers/lib"
)

func calls(ctx context.Context, id string, t lib.Tracing) {
	_, s1 := lib.StartSpan(ctx, "ProcessRequest") // want `span name "ProcessRequest" says which function ran`
	s1.End()
	_, s2 := lib.StartSpan(ctx, "OrderService.PlaceOrder")
	s2.End()
	_, s3 := lib.StartSpan(ctx, fmt.Sprintf("Order.%s", id)) // want `span name is built at run time from id`
	s3.End()
	_, s4 := lib.StartDB(ctx, "Query")
	s4.End()
	_, s5 := lib.StartDB(ctx, "select_orders") // want `span name "Database.select_orders" does not follow the Service.Action convention`
	s5.End()
	lib.Traced(ctx, "doWork", func(context.Context) {}) // want `span name "doWork" says which function ran`
	lib.Traced(ctx, "Billing.ChargeCard", func(context.Context) {})
	_, s6 := t.Start(ctx, "OrderService", "Cancel")
	s6.End()
	_, s7 := t.Start(ctx, "orders", "cancel") // want `span name "orders.cancel" does not follow`
	s7.End()
	_, s8 := t.Start(ctx, "OrderService", id) // want `span name is built at run time from id`
	s8.End()
	lib.Fixed(ctx, "doWork")
}

// localWrapper is learned within the package and checked at its callers.
func localWrapper(ctx context.Context, action string) trace.Span { // want localWrapper:`spanname\("Checkout\." \+ action\)`
	_, span := lib.StartSpan(ctx, "Checkout."+action)
	return span
}

func callsLocal(ctx context.Context, id string) {
	localWrapper(ctx, "Pay").End()
	localWrapper(ctx, "pay_now").End() // want `span name "Checkout.pay_now" does not follow`
	localWrapper(ctx, id).End()        // want `span name is built at run time from id`
}

// cancelOrder is not a span helper: it returns no span and takes no
// callback, so the id in its span name is a value, not a name.
func cancelOrder(ctx context.Context, id string) error {
	_, span := lib.StartSpan(ctx, "Order.Cancel."+id) // want `span name is built at run time from id`
	defer span.End()
	return nil
}

// cancel passes its parameter on unchanged: a wrapper, even though it
// returns nothing.
func cancel(ctx context.Context, name string) { // want cancel:`spanname\(name\)`
	_, span := lib.StartSpan(ctx, name)
	defer span.End()
}

func callsCancel(ctx context.Context) {
	cancel(ctx, "OrderService.Cancel")
	cancel(ctx, "cancel") // want `span name "cancel" does not follow`
}

func routes(mux *http.ServeMux, h http.Handler) {
	mux.Handle("/orders/{id}", lib.SpanNameHandler("/orders/{id}", h))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		lib.SpanNameHandler(r.URL.Path, h).ServeHTTP(w, r) // want `span name is built at run time from r.URL.Path`
	})
}
