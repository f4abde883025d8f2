// Package hostheader records the host of requests on metrics: the Host
// header of a received request is whatever the client sent.
package hostheader

import (
	"context"
	"net"
	"net/http"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
	"go.opentelemetry.io/otel/trace"
)

var requests metric.Int64Counter

var byHost = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "by_host_total"}, []string{"host"})

// Bad: the Host header of a received request, directly or split.
func handle(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	requests.Add(ctx, 1, metric.WithAttributes(semconv.ServerAddress(r.Host))) // want `metric attribute "server.address" is set to r.Host, whose values are unbounded: each one makes a new time series; the client chooses the Host header`
	host, _, _ := net.SplitHostPort(r.Host)
	requests.Add(ctx, 1, metric.WithAttributes(attribute.String("server.address", host))) // want `"server.address" is set to r.Host`
	byHost.WithLabelValues(r.Host).Inc()                                                  // want `metric label is set to r.Host`
	// Good: on the span.
	trace.SpanFromContext(ctx).SetAttributes(semconv.ServerAddress(r.Host))
}

// serverAttrs prefers the configured server name, as an instrumentation
// library does, and falls back to the Host header.
func serverAttrs(server string, req *http.Request) []attribute.KeyValue { // want serverAttrs:`returns "server.address" set to req.Host`
	var host string
	if server == "" {
		host, _ = splitHost(req.Host)
	} else {
		host, _ = splitHost(server)
	}
	return []attribute.KeyValue{semconv.ServerAddress(host)}
}

// splitHost returns the host and the port of hostport.
func splitHost(hostport string) (host string, port int) {
	port = -1
	if !strings.Contains(hostport, ":") {
		host = hostport
		return host, port
	}
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		return "", port
	}
	return host, 0
}

// Bad: the helper's attributes carry the Host header.
func record(ctx context.Context, r *http.Request) {
	requests.Add(ctx, 1, metric.WithAttributes(serverAttrs("", r)...)) // want `metric attributes returned by serverAttrs set "server.address" to req.Host`
}

// Good: the configured name of the server.
func configured(ctx context.Context, name string) {
	requests.Add(ctx, 1, metric.WithAttributes(semconv.ServerAddress(name)))
	host, _ := splitHost(name)
	requests.Add(ctx, 1, metric.WithAttributes(semconv.ServerAddress(host)))
}

// Good: a request the program sends names the server it chose.
func send(ctx context.Context) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://backend/", nil)
	if err != nil {
		return
	}
	requests.Add(ctx, 1, metric.WithAttributes(semconv.ServerAddress(req.Host)))
}

// Good: client code, which handles the response, sets its own Host.
func roundTrip(req *http.Request) (*http.Response, error) {
	requests.Add(req.Context(), 1, metric.WithAttributes(semconv.ServerAddress(req.Host)))
	return http.DefaultTransport.RoundTrip(req)
}

// Good: the host mapped to a bounded group.
func grouped(w http.ResponseWriter, r *http.Request) {
	requests.Add(r.Context(), 1, metric.WithAttributes(attribute.String("server.domain", group(r.Host))))
}

// group tells internal hosts from the others.
func group(host string) string {
	if strings.HasSuffix(host, ".internal") {
		return "internal"
	}
	return "public"
}
