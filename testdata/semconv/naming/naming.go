// Package naming sets keys of the team's own that break the naming rules
// or squat the otel namespace, beside well-formed keys.
package naming

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
)

// Keys given a name of their own are published names that other code,
// other services or event consumers match: their case is the team's
// convention (an event schema of PascalCase keys, a key shared with an
// SDK). Their shape is still checked, where they are used.
const (
	orderKey     = "Shop.OrderID"
	clientIDKey  = "OAuth2ClientID"
	spacedKey    = "shop order"
	namespaceKey = "shop."
)

// WithClientID adds the client to an event, under the schema's key.
func WithClientID(id string) trace.EventOption {
	return trace.WithAttributes(attribute.String(clientIDKey, id))
}

func set(ctx context.Context, id string) {
	trace.SpanFromContext(ctx).SetAttributes(
		attribute.String("otel.shop.id", id),     // want `attribute key "otel.shop.id" is in the otel namespace, which the semantic conventions reserve`
		attribute.String("userId", id),           // want `attribute key "userId" has upper-case letters`
		attribute.String(orderKey, id),           // a declared key: its case is the team's
		attribute.String("Shop.OrderID", id),     // want `attribute key "Shop.OrderID" has upper-case letters`
		attribute.Key("storeID").String(id),      // want `attribute key "storeID" has upper-case letters`
		attribute.String("shop."+"OrderID", id),  // want `attribute key "shop.OrderID" has upper-case letters`
		attribute.String(namespaceKey+"id", id),  // a declared namespace, lower-case
		attribute.String(namespaceKey+"ID", id),  // a declared part: the case is the team's
		attribute.String(spacedKey, id),          // want `attribute key "shop order" contains white space`
		attribute.String("shop order", id),       // want `contains white space`
		attribute.String("shop..order", id),      // want `has an empty namespace segment`
		attribute.String(".shop", id),            // want `starts with a dot`
		attribute.String("shop.", id),            // want `ends with a dot`
		attribute.String("", id),                 // want `attribute key "" is empty`
		attribute.String("otel.scope.name", "x"), // defined by the registry
		attribute.String("otel.status_code", "OK"),
		attribute.String("shop.order_id", id),
		attribute.String("user_id", id),
		attribute.StringSlice("http.request.header.X-Request-Id", []string{id}), // a template's suffix is the team's data
		attribute.String("k8s.pod.label.App", id),
	)
}
