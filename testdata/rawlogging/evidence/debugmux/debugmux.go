// Package debugmux serves a debug mux of its own: its probe handlers are
// registered on the DefaultServeMux, which the package serves as it is,
// with no tracing middleware. No span is started in their requests and
// no caller's trace is extracted into them, so a log line written with
// r.Context() would get no trace_id: the probes are not reported, though
// the package logs with the context elsewhere. The API mux, served
// through otelhttp, is.
package debugmux

import (
	"context"
	"log/slog"
	"net/http"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

// Listen registers the probes and serves them.
func Listen(ctx context.Context, l *slog.Logger, ready func() bool) {
	http.HandleFunc("/debug/livez", func(w http.ResponseWriter, r *http.Request) {
		l.Info("liveness probe") // silent: nothing traces this request
		w.WriteHeader(http.StatusOK)
	})
	http.Handle("/debug/readyz", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if !ready() {
			l.Warn("not ready") // silent: ctx := r.Context() is no more traced
			_ = ctx
			w.WriteHeader(http.StatusInternalServerError)
		}
	}))
	// A handler wrapped by otelhttp where it is registered starts a span.
	http.Handle("/debug/traced", otelhttp.NewHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l.Info("traced probe") // want `Info drops the context in scope, so the line carries no trace_id; call InfoContext\(r.Context\(\), ...\)`
	}), "traced"))
	s := http.Server{Addr: "127.0.0.1:8088", Handler: http.DefaultServeMux}
	l.InfoContext(ctx, "starting debug server")
	_ = s.ListenAndServe()
}

// API serves its own mux through otelhttp: its requests carry spans.
func API(l *slog.Logger) error {
	api := http.NewServeMux()
	api.HandleFunc("/v1/items", func(w http.ResponseWriter, r *http.Request) {
		l.Error("lookup failed") // want `Error drops the context in scope, so the line carries no trace_id; call ErrorContext\(r.Context\(\), ...\)`
	})
	return http.ListenAndServe(":8080", otelhttp.NewHandler(api, "api"))
}

// Plain serves a mux as it is, but another package may wrap it: the mux
// is also handed to otelhttp here, so its requests are taken as traced.
func Plain(l *slog.Logger) (http.Handler, error) {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/other", func(w http.ResponseWriter, r *http.Request) {
		l.Error("other failed") // want `Error drops the context in scope, so the line carries no trace_id; call ErrorContext\(r.Context\(\), ...\)`
	})
	go http.ListenAndServe(":8081", mux)
	return otelhttp.NewHandler(mux, "other"), nil
}
