package api

import (
	"net/http"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
)

// annotate records the request on the span. http.method is the key of
// the conventions before HTTP became stable; dashboards built on the
// stable conventions look for http.request.method.
func annotate(r *http.Request) {
	span := trace.SpanFromContext(r.Context())
	span.SetAttributes(attribute.String("http.method", r.Method)) // finding: semconv/deprecated-attribute
	span.SetAttributes(attribute.String("http.request.method", r.Method))
}
