// Package metrics creates instruments named by the semantic conventions, // want package:"semconv v1.26.0 in otellint.test/semconv/metrics"
// some deprecated, some with the wrong shape, beside correct ones.
package metrics

import (
	"go.opentelemetry.io/otel/metric"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
)

func instruments(m metric.Meter) {
	m.Float64Histogram("http.server.duration", metric.WithUnit("ms"))           // want `metric "http.server.duration" is deprecated in the semantic conventions \(v1.44.0\): use "http.server.request.duration", whose unit is "s" instead of "ms": convert the values too`
	m.Int64UpDownCounter("db.client.connections.usage")                         // want `metric "db.client.connections.usage" is deprecated .*: use "db.client.connection.count"$`
	m.Float64Histogram("db.client.connections.use_time", metric.WithUnit("ms")) // want `metric "db.client.connections.use_time" is deprecated .*: replaced by db.client.connection.use_time with unit s`
	m.Int64Histogram("http.server.request.duration", metric.WithUnit("s"))      // want `metric "http.server.request.duration" is measured in seconds, but is created with integer values here`
	m.Float64Histogram("http.server.request.duration", metric.WithUnit("ms"))   // want `metric "http.server.request.duration" is measured in "s" in the semantic conventions, but in "ms" here`
	m.Int64Counter("http.server.active_requests")                               // want `metric "http.server.active_requests" is a updowncounter in the semantic conventions, but is created as a counter here`
	m.Float64Histogram("http.server.request.duration", metric.WithUnit("s"))
	m.Float64Histogram(semconv.HTTPServerRequestDurationName, metric.WithUnit(semconv.HTTPServerRequestDurationUnit))
	m.Int64UpDownCounter("http.server.active_requests", metric.WithUnit("{request}"))
	m.Int64ObservableUpDownCounter("db.client.connection.count", metric.WithUnit("{connection}"))
	m.Int64UpDownCounter("http.server.active_requests", metric.WithUnit("{requests}")) // an annotation: still a count
	m.Float64Histogram("http.server.request.durations")                                // resembles a registry name; the team's own
	m.Int64Counter("shop.orders")
}
