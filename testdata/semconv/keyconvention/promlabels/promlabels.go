// Package promlabels exports its measurements through Prometheus and
// OpenTelemetry: the attribute keys repeat the Prometheus label names,
// which are published names under both exporters. A camelCase key that
// is no label name of the package is reported.
package promlabels

import (
	"context"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
)

var (
	activeGauge = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "demo_scaler_active"}, []string{"namespace", "scaledObject"})
	errorsTotal = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "demo_scaler_errors_total"}, []string{"namespace", "scaledObject", "triggerIndex"})
)

// Recorder records the scaler metrics under both exporters.
type Recorder struct {
	active metric.Int64Gauge
	errors metric.Int64Counter
}

// Active records whether a scaler is active.
func (r *Recorder) Active(ctx context.Context, namespace, object string, active bool) {
	v := int64(0)
	if active {
		v = 1
	}
	activeGauge.With(prometheus.Labels{"namespace": namespace, "scaledObject": object}).Set(float64(v))
	r.active.Record(ctx, v, metric.WithAttributes(
		attribute.String("namespace", namespace),
		attribute.Key("scaledObject").String(object),
		attribute.Key("isActive").Bool(active), // want `attribute key "isActive" has upper-case letters`
	))
}

// Error counts a failed scaler.
func (r *Recorder) Error(ctx context.Context, namespace, object string, trigger int64) {
	errorsTotal.WithLabelValues(namespace, object, "0").Inc()
	r.errors.Add(ctx, 1, metric.WithAttributes(
		attribute.Key("scaledObject").String(object),
		attribute.Int64("triggerIndex", trigger),
	))
}
