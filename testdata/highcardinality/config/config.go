// Package config is checked with -highcardinality.extra-keys=tenant and
// -highcardinality.allow-keys=customer_id.
package config

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
)

var orders, _ = otel.Meter("otellint.test/highcardinality/config").Int64Counter("orders")

func record(ctx context.Context, id string) {
	orders.Add(ctx, 1, metric.WithAttributes(
		attribute.String("tenant", id),      // want `metric attribute "tenant" is listed in extra-keys`
		attribute.String("orgTenant", id),   // want `metric attribute "orgTenant" is listed in extra-keys`
		attribute.String("customerId", id),  // allowed
		attribute.String("user_id", id),     // want `"user_id" is a user id`
		attribute.String("tenant.tier", id), // not a suffix match
	))
}
