// Package instrumentation makes the handlers, transports and stats
// handlers of the instrumentation libraries, each of which takes a meter
// and creates its instruments when it is made.
package instrumentation

import (
	"context"
	"net/http"

	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"google.golang.org/grpc"
)

var api = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})

// Bad: a handler, a middleware and a transport made for every request.
func proxy(w http.ResponseWriter, r *http.Request) {
	otelhttp.NewHandler(api, "proxy").ServeHTTP(w, r)                               // want `instrumented handler otelhttp.NewHandler is created in request-scoped code \(HTTP handler proxy\): each call takes a meter and creates the library's instruments again; create it once at set-up and reuse it for every request`
	otelhttp.NewMiddleware("proxy")(api).ServeHTTP(w, r)                            // want `instrumented middleware otelhttp.NewMiddleware is created in request-scoped code`
	client := &http.Client{Transport: otelhttp.NewTransport(http.DefaultTransport)} // want `instrumented transport otelhttp.NewTransport is created in request-scoped code`
	_ = client
}

// Good: made once, at set-up.
var client = &http.Client{Transport: otelhttp.NewTransport(http.DefaultTransport)}

func routes(mux *http.ServeMux) { // want routes:"creates instrumented handler otelhttp.NewHandler"
	mux.Handle("/api", otelhttp.NewHandler(api, "api"))
}

// Good: routes registered in a loop are made once each.
type route struct {
	path string
	h    http.Handler
}

func register(mux *http.ServeMux, rs []route) { // want register:"creates instrumented handler otelhttp.NewHandler"
	for _, r := range rs {
		mux.Handle(r.path, otelhttp.NewHandler(r.h, r.path))
	}
}

// Bad: a package-local wrapper, called per request.
func traced(h http.Handler, name string) http.Handler { // want traced:"creates instrumented handler otelhttp.NewHandler"
	return otelhttp.NewHandler(h, name)
}

func dispatch(w http.ResponseWriter, r *http.Request) {
	traced(api, r.URL.Path).ServeHTTP(w, r) // want `call to "traced" creates instrumented handler otelhttp.NewHandler in request-scoped code \(HTTP handler dispatch\): each call takes a meter and creates the library's instruments again; create it once at set-up`
}

// Good: the wrapper called at set-up, and in a loop of routes.
func mount(mux *http.ServeMux, rs []route) { // want mount:"creates instrumented handler otelhttp.NewHandler"
	mux.Handle("/", traced(api, "root"))
	for _, r := range rs {
		mux.Handle(r.path, traced(r.h, r.path))
	}
}

// Good: a client dialled by a function that takes a context is a set-up
// step: the function learns that it creates, and a handler calling it is
// reported.
func dial(ctx context.Context, target string) (*grpc.ClientConn, error) { // want dial:"creates instrumented stats handler otelgrpc.NewClientHandler"
	return grpc.NewClient(target, grpc.WithStatsHandler(otelgrpc.NewClientHandler()))
}

func connect(ctx context.Context) error { // want connect:"creates instrumented stats handler otelgrpc.NewClientHandler"
	conn, err := dial(ctx, "backend:443")
	if err != nil {
		return err
	}
	return conn.Close()
}

// Bad: a connection, and its stats handler, dialled for every request.
func forward(w http.ResponseWriter, r *http.Request) {
	conn, err := dial(r.Context(), "backend:443") // want `call to "dial" creates instrumented stats handler otelgrpc.NewClientHandler in request-scoped code \(HTTP handler forward\)`
	if err == nil {
		conn.Close()
	}
	srv := grpc.NewServer(grpc.StatsHandler(otelgrpc.NewServerHandler())) // want `instrumented stats handler otelgrpc.NewServerHandler is created in request-scoped code \(HTTP handler forward\)`
	_ = srv
}

// Good: a mux's Handle registers a route; it is not a message handler.
type tracedMux struct{ mux *http.ServeMux }

func (m *tracedMux) Handle(pattern string, h http.Handler) { // want Handle:"creates instrumented handler otelhttp.NewHandler"
	m.mux.Handle(pattern, otelhttp.NewHandler(h, pattern))
}
