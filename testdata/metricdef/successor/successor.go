// Package successor moves its latency gauges to seconds: the old,
// unitless instrument stays beside its successor, named after it with the
// unit, until it is removed. An instrument with no successor is reported.
package successor

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

var meter = otel.Meter("otellint.test/metricdef/successor")

func observe(context.Context, metric.Float64Observer) error { return nil }

func register() {
	// Old and new: the old one keeps its exported name, the new one
	// carries the unit because the old one holds the plain name.
	_, _ = meter.Float64ObservableGauge("queue.poll.latency",
		metric.WithDescription("deprecated, use queue.poll.latency.seconds"),
		metric.WithFloat64Callback(observe))
	_, _ = meter.Float64ObservableGauge("queue.poll.latency.seconds",
		metric.WithUnit("s"),
		metric.WithFloat64Callback(observe))

	// Alone: no successor, no predecessor.
	_, _ = meter.Float64ObservableGauge("queue.push.latency", // want `instrument "queue.push.latency" has no unit`
		metric.WithFloat64Callback(observe))
	_, _ = meter.Float64ObservableGauge("queue.ack.latency.seconds", // want `instrument name "queue.ack.latency.seconds" carries ".seconds"`
		metric.WithUnit("s"),
		metric.WithFloat64Callback(observe))

	// A successor whose declared unit is not the one in its name is no
	// successor.
	_, _ = meter.Float64ObservableGauge("queue.wait.latency", // want `instrument "queue.wait.latency" has no unit`
		metric.WithFloat64Callback(observe))
	_, _ = meter.Float64ObservableGauge("queue.wait.latency.seconds", // want `instrument name "queue.wait.latency.seconds" carries ".seconds"`
		metric.WithUnit("ms"),
		metric.WithFloat64Callback(observe))
}

var _ = register
