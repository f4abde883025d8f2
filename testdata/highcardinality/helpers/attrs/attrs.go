// Package attrs builds the metric attributes of a request.
package attrs

import (
	"net/http"

	"go.opentelemetry.io/otel/attribute"
)

// For returns the attributes of a request, among them its session.
func For(r *http.Request) []attribute.KeyValue { // want For:`returns unbounded key "session.id"`
	return []attribute.KeyValue{
		attribute.String("http.route", r.Pattern),
		attribute.String("session.id", r.Header.Get("X-Session")),
	}
}

// Route returns the bounded attributes of a request.
func Route(r *http.Request) []attribute.KeyValue {
	return []attribute.KeyValue{attribute.String("http.route", r.Pattern), attribute.String("http.request.method", r.Method)}
}

// Target returns one attribute whose value is the raw path.
func Target(r *http.Request) attribute.KeyValue { // want Target:`returns "target" set to r.URL.Path`
	return attribute.String("target", r.URL.Path)
}
