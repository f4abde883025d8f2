// Package attrtype sets registry attributes with the wrong type beside // want package:"semconv v1.26.0 in otellint.test/semconv/attrtype"
// the right one.
package attrtype

import (
	"context"
	"net/http"
	"strconv"

	"go.opentelemetry.io/otel/attribute"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
	"go.opentelemetry.io/otel/trace"
)

func handle(ctx context.Context, r *http.Request, status int, port string) {
	span := trace.SpanFromContext(ctx)
	span.SetAttributes(
		attribute.String("http.response.status_code", strconv.Itoa(status)), // want `attribute key "http.response.status_code" is of type int in the semantic conventions, but is set as a string here: .*set it with the attribute.Int constructor`
		attribute.Int("url.full", 1),                                        // want `attribute key "url.full" is of type string .* set as a int`
		attribute.Key("server.port").String(port),                           // want `"server.port" is of type int`
		semconv.HTTPResponseStatusCodeKey.String("200"),                     // want `HTTPResponseStatusCodeKey \(key "http.response.status_code"\) is of type int`
		attribute.StringSlice("http.request.header.x-request-id", []string{r.Header.Get("X-Request-Id")}),
		attribute.String("http.request.header.accept", r.Header.Get("Accept")), // want `attribute key "http.request.header.accept" is of type string\[\]`
		attribute.Int("http.response.status_code", status),
		attribute.Int64("http.response.status_code", int64(status)),
		attribute.String("url.full", r.URL.String()),
		attribute.Stringer("url.full", r.URL),
		semconv.HTTPResponseStatusCode(status),
		attribute.String("shop.status", strconv.Itoa(status)), // the team's own key: any type
	)
}
