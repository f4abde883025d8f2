// Package deprecated sets attributes whose keys the semantic conventions // want package:"semconv v1.17.0 in otellint.test/semconv/deprecated, v1.26.0 in otellint.test/semconv/deprecated"
// deprecated, in every form a key is written, beside their current
// replacements.
package deprecated

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	semconv17 "go.opentelemetry.io/otel/semconv/v1.17.0" // want `package imports semconv v1.17.0 here and v1.26.0 at deprecated.go:14`
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("otellint.test/semconv/deprecated")

const routeKey = "http.route"

// literals: the key is written as a string.
func literals(ctx context.Context, r *http.Request) {
	_, span := tracer.Start(ctx, "Deprecated.Literals")
	defer span.End()
	span.SetAttributes(
		attribute.String("http.method", r.Method),            // want `attribute key "http.method" is deprecated in the semantic conventions \(v1.44.0\): use "http.request.method"`
		attribute.Key("http.url").String(r.URL.String()),     // want `attribute key "http.url" is deprecated .*: use "url.full"`
		attribute.Int("http.status_code", 200),               // want `use "http.response.status_code"`
		attribute.String("http.target", r.URL.Path),          // want `attribute key "http.target" is deprecated in the semantic conventions \(v1.44.0\): split to url.path and url.query`
		attribute.String("net.peer.name", r.Host),            // want `replaced by server.address on client spans and client.address on server spans`
		attribute.Int("http.resend_count", 1),                // want `use "http.request.resend_count"`
		attribute.String("rpc.grpc.request.metadata.x", "v"), // want `attribute key "rpc.grpc.request.metadata.x" is deprecated .*: use "rpc.request.metadata.x"`
	)
	// The current keys, in a call of their own: set beside the old keys,
	// they would be a deliberate dual emission (dualemission).
	span.SetAttributes(
		attribute.String("http.request.method", r.Method),    // the current key
		attribute.String(routeKey, r.Pattern),                // the current key, through a constant
		attribute.String("url.full", r.URL.String()),         // the current key
		attribute.String("gen_ai.request.model", "m"),        // moved to the GenAI conventions, not deprecated
		attribute.String("shop.order.id", r.FormValue("id")), // the team's own namespace
	)
}

// semconvForms: the key comes from a semconv package of an older version.
func semconvForms(ctx context.Context, r *http.Request) {
	span := trace.SpanFromContext(ctx)
	span.SetAttributes(
		semconv17.HTTPMethodKey.String(r.Method), // want `HTTPMethodKey \(key "http.method"\) is deprecated in the semantic conventions \(v1.44.0\): use "http.request.method"`
		semconv17.HTTPStatusCode(200),            // want `HTTPStatusCode \(key "http.status_code"\) is deprecated`
		semconv17.NetTransportTCP,                // want `NetTransportTCP \(key "net.transport"\) is deprecated .*: use "network.transport"`
	)
	span.SetAttributes(
		semconv.HTTPRequestMethodKey.String(r.Method),
		semconv.HTTPResponseStatusCode(200),
		semconv.NetworkTransportTCP,
	)
}

// otherPlaces: keys are checked wherever an attribute is built.
func otherPlaces(ctx context.Context, m metric.Meter, r *http.Request) {
	counter, _ := m.Int64Counter("shop.requests")
	counter.Add(ctx, 1, metric.WithAttributes(attribute.String("http.scheme", "https")))             // want `use "url.scheme"`
	_ = attribute.NewSet(attribute.KeyValue{Key: "db.statement", Value: attribute.StringValue("q")}) // want `use "db.query.text"`
	_ = []attribute.KeyValue{semconv17.DBStatement("select 1")}                                      // want `DBStatement \(key "db.statement"\)`
	// A replacement newer than every semconv package the file imports.
	_ = attribute.String("peer.service", "db") // want `attribute key "peer.service" is deprecated .*: use "service.peer.name", a key newer than semconv v1.26.0, the newest version this file imports`
}

// runtimeKeys: a key built at run time is unknown, and silent.
func runtimeKeys(ctx context.Context, name string) {
	trace.SpanFromContext(ctx).SetAttributes(attribute.String("http."+name, "x"))
}

// shim emits the old key as well as the new one on purpose, during a
// migration, and says so.
func shim(ctx context.Context, r *http.Request) {
	span := trace.SpanFromContext(ctx)
	span.SetAttributes(attribute.String("http.request.method", r.Method))
	span.SetAttributes(
		attribute.String("http.method", r.Method), //otellint:ignore semconv dual emission until the dashboards move (JIRA-123)
	)
}

// readOnly looks old keys up in a set: nothing is emitted.
func readOnly(set attribute.Set) bool {
	_, ok := set.Value(semconv17.HTTPMethodKey)
	return ok
}
