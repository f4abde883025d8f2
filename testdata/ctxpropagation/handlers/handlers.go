// Package handlers shows HTTP handlers, whose request carries the
// context of the incoming trace.
package handlers

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("handlers")

func load(ctx context.Context, id string) error { return nil }

func ordersBad(w http.ResponseWriter, r *http.Request) {
	_ = load(context.Background(), r.URL.Query().Get("id")) // want `context.Background\(\) drops the trace of r.Context\(\), which is available here; pass r.Context\(\)`
}

func ordersGood(w http.ResponseWriter, r *http.Request) {
	ctx, span := tracer.Start(r.Context(), "orders.get")
	defer span.End()
	_ = load(ctx, r.URL.Query().Get("id"))
}

type Handler struct{}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, span := tracer.Start(r.Context(), "handle_request")
	defer span.End()
	_ = load(context.Background(), "x") // want `drops the trace of ctx`
	_ = ctx
}

// A handler closure registered at set-up: its request wins over the
// set-up context it captures.
func Register(ctx context.Context, mux *http.ServeMux) {
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		_ = load(context.Background(), "a") // want `pass r.Context\(\)`
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		_ = load(r.Context(), "b")
	})
}

// Middleware that hands the request on.
func middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, span := tracer.Start(context.Background(), "mw") // want `span started from context.Background\(\) begins a new trace although r.Context\(\) is available`
		defer span.End()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func middlewareGood(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, span := tracer.Start(r.Context(), "mw")
		defer span.End()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// Work that must finish after the response: detached, still traced.
func auditGood(w http.ResponseWriter, r *http.Request) {
	ctx := context.WithoutCancel(r.Context())
	go func() { _ = load(ctx, "audit") }()
}

// A local request being built is not a source of context.
func build() *http.Request {
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, "http://x", nil)
	_ = load(context.Background(), "x")
	return req
}
