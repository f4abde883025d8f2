// Package labels is a module's own metrics layer over the OpenTelemetry
// metric API: a label type made from a key given at run time, whose
// values are given to the counters it wraps.
package labels

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
)

// A Label names a dimension of a metric.
type Label struct {
	key attribute.Key // want key:`metric key field`
}

// NewLabel makes a label of key.
func NewLabel(key string) Label { // want NewLabel:`makes metric keys of parameters 0`
	return Label{attribute.Key(key)}
}

// A LabelValue is a label with a value.
type LabelValue struct {
	kv attribute.KeyValue
}

// Value gives the label a value.
func (l Label) Value(value string) LabelValue { // want Value:`gives value to metric attribute`
	return LabelValue{l.key.String(value)}
}

// statusLabel is the package's own label.
var statusLabel = NewLabel("status")

// A Counter counts with labels.
type Counter struct {
	c     metric.Float64Counter
	attrs []attribute.KeyValue
}

// With returns the counter with more labels.
func (c *Counter) With(values ...LabelValue) *Counter {
	attrs := append([]attribute.KeyValue(nil), c.attrs...)
	for _, v := range values {
		attrs = append(attrs, v.kv)
	}
	return &Counter{c: c.c, attrs: attrs}
}

// WithStatus adds the status label.
func (c *Counter) WithStatus(status string) *Counter { // want WithStatus:`gives status to metric attribute`
	return c.With(statusLabel.Value(status))
}

// Increment adds one.
func (c *Counter) Increment() {
	c.c.Add(context.Background(), 1, metric.WithAttributes(c.attrs...))
}
