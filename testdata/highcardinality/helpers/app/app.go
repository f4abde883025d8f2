// Package app records metrics with attributes built by helpers.
package app

import (
	"net/http"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"

	"otellint.test/highcardinality/helpers/attrs"
)

var requests metric.Int64Counter

// Bad: the helpers return a session key and a raw path.
func handle(w http.ResponseWriter, r *http.Request) {
	requests.Add(r.Context(), 1, metric.WithAttributes(attrs.For(r)...)) // want `metric attributes returned by For include "session.id", a session id, whose values are unbounded: each one makes a new time series; record it on the span or in logs`
	requests.Add(r.Context(), 1, metric.WithAttributes(attrs.Target(r))) // want `metric attributes returned by Target set "target" to r.URL.Path, whose values are unbounded: each one makes a new time series; record the route template`
	requests.Add(r.Context(), 1, metric.WithAttributes(userAttrs(r)...)) // want `metric attributes returned by userAttrs include "user.id", a user id`
	requests.Add(r.Context(), 1, metric.WithAttributes(wrapped(r)...))   // want `metric attributes returned by wrapped include "session.id"`
}

// userAttrs builds its slice in a variable.
func userAttrs(r *http.Request) []attribute.KeyValue { // want userAttrs:`returns unbounded key "user.id"`
	kv := []attribute.KeyValue{attribute.String("user.id", r.Header.Get("X-User"))}
	return kv
}

// wrapped adds to the attributes of another helper.
func wrapped(r *http.Request) []attribute.KeyValue { // want wrapped:`returns unbounded key "session.id"`
	return append(attrs.For(r), attribute.String("http.request.method", r.Method))
}

// Good: the helper's attributes are bounded.
func handleRoute(w http.ResponseWriter, r *http.Request) {
	requests.Add(r.Context(), 1, metric.WithAttributes(attrs.Route(r)...))
	requests.Add(r.Context(), 1, metric.WithAttributes(bounded(r.Method)...))
}

func bounded(method string) []attribute.KeyValue {
	return []attribute.KeyValue{attribute.String("http.request.method", method)}
}
