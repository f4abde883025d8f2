// Package app calls the helpers of package metrics.
package app

import (
	"context"
	"net/http"

	"otellint.test/instrumentcreation/helpers/metrics"
)

// Bad: the helpers create on every request.
func handleOrders(w http.ResponseWriter, r *http.Request) {
	metrics.Counter("orders").Add(r.Context(), 1) // want `call to "Counter" creates instrument Int64Counter in request-scoped code \(HTTP handler handleOrders\): costs a lock and a lookup on every call; create it once at set-up`
	metrics.Timer("orders").Add(r.Context(), 1)   // want `call to "Timer" creates instrument Int64Counter in request-scoped code`
	tp := metrics.Provider()                      // want `call to "Provider" creates tracer provider NewTracerProvider in request-scoped code \(HTTP handler handleOrders\): each one starts its own exporter`
	_ = tp
}

// Bad: a local helper, reported at its call in the handler.
func ordersCounter() { // want ordersCounter:"creates instrument Int64Counter"
	metrics.Counter("local")
}

func handleLocal(w http.ResponseWriter, r *http.Request) {
	ordersCounter() // want `call to "ordersCounter" creates instrument Int64Counter in request-scoped code`
}

// Good: the cached helpers and the ones called at set-up.
func handleCached(w http.ResponseWriter, r *http.Request) {
	metrics.Cached("orders").Add(r.Context(), 1)
	metrics.Once().Add(r.Context(), 1)
	metrics.Shared().Add(r.Context(), 1)
}

type Server struct{ orders func(context.Context) }

var orders = metrics.Counter("orders")

func NewServer() *Server { // want NewServer:"creates instrument Int64Counter"
	c := metrics.Timer("server")
	return &Server{orders: func(ctx context.Context) { c.Add(ctx, 1) }}
}

func handleServer(w http.ResponseWriter, r *http.Request) {
	orders.Add(r.Context(), 1)
}

// Good: a set-up step that takes a context calls a set-up helper; it is
// learnt to create instead.
func Validate(ctx context.Context, names []string) error { // want Validate:"creates instrument Int64Counter"
	for _, n := range names {
		_ = metrics.NewCounters(n)
	}
	return nil
}

// Bad: a handler calls that step.
func handleValidate(w http.ResponseWriter, r *http.Request) {
	_ = Validate(r.Context(), nil) // want `call to "Validate" creates instrument Int64Counter in request-scoped code \(HTTP handler handleValidate\)`
}

// Bad: a function that takes a context calls a creating helper that is
// not set-up code.
func process(ctx context.Context, name string) {
	metrics.Counter(name).Add(ctx, 1) // want `call to "Counter" creates instrument Int64Counter in request-scoped code \(function process that takes a request context\)`
}

// Good: a chain of set-up steps that take a context.
func Reload(ctx context.Context) error { // want Reload:"creates instrument Int64Counter"
	return Validate(ctx, []string{"reload"})
}

// Bad: an instantiated generic helper.
func handleGeneric(w http.ResponseWriter, r *http.Request) {
	metrics.Of[int]("generic").Add(r.Context(), 1) // want `call to "Of" creates instrument Int64Counter`
}

// AddMetric is a step that populates the metrics component at set-up.
type AddMetric func(context.Context, *metrics.Metrics) error

// Good: a step handed the component creates through it, and the
// component keeps what it creates; it is learnt to create as a set-up
// step.
func AddVersion(ctx context.Context, m *metrics.Metrics) error { // want AddVersion:"creates instrument Int64Counter"
	return m.CreateInstrument("version")
}

// Bad: a handler calls that step.
func handleVersion(w http.ResponseWriter, r *http.Request, m *metrics.Metrics) {
	_ = AddVersion(r.Context(), m) // want `call to "AddVersion" creates instrument Int64Counter in request-scoped code`
}

// Bad: the component hands the instrument back, so the function that
// takes a context creates one per call.
func track(ctx context.Context, m *metrics.Metrics) {
	m.Counter("tracked").Add(ctx, 1) // want `call to "Counter" creates instrument Int64Counter in request-scoped code \(function track that takes a request context\)`
}
