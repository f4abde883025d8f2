// Package generics shows metric attributes in generic code and odd but
// legal forms.
package generics

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
)

var counter, _ = otel.Meter("otellint.test/highcardinality/generics").Int64Counter("c")

// Count records one measurement of any key type.
func Count[K ~string](ctx context.Context, key K, v string) {
	counter.Add(ctx, 1, metric.WithAttributes(attribute.String(string(key), v)))
	counter.Add(ctx, 1, metric.WithAttributes(attribute.String("session_id", v))) // want `"session_id" is a session id`
}

// Attribute slices from parameters and function results are not followed.
func spread(ctx context.Context, attrs []attribute.KeyValue, more func() []attribute.KeyValue) {
	counter.Add(ctx, 1, metric.WithAttributes(attrs...))
	counter.Add(ctx, 1, metric.WithAttributes(more()...))
	all := append(attrs, more()...)
	all = append(all, all...)
	counter.Add(ctx, 1, metric.WithAttributes(all...))
	var set *attribute.Set
	if set != nil {
		counter.Add(ctx, 1, metric.WithAttributeSet(*set))
	}
	kv := attribute.KeyValue{Key: "user_id", Value: attribute.StringValue("u")} // want `"user_id" is a user id`
	counter.Add(ctx, 1, metric.WithAttributes(kv))
}
