// Package library uses semconv v1.17.0 beside an instrumentation library // want package:"semconv v1.17.0 in otellint.test/semconv/mixedmodule/library"
// of another module, which brings its own version: that is no concern of
// this module.
package library

import (
	"net/http"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel/attribute"
	semconv "go.opentelemetry.io/otel/semconv/v1.17.0"
)

// Handler wraps h.
func Handler(h http.Handler) http.Handler {
	return otelhttp.NewHandler(h, "shop", otelhttp.WithSpanOptions())
}

// Attrs returns the service attribute.
func Attrs() []attribute.KeyValue { return []attribute.KeyValue{semconv.ServiceName("shop")} }
