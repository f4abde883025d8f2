// Package otelmetric shows how keys reach OpenTelemetry metrics, and the
// places where the same keys are fine.
package otelmetric

import (
	"context"
	"log/slog"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/baggage"
	"go.opentelemetry.io/otel/metric"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
	"go.opentelemetry.io/otel/trace"
	"go.uber.org/zap"
)

var (
	meter      = otel.Meter("otellint.test/highcardinality/otelmetric")
	tracer     = otel.Tracer("otellint.test/highcardinality/otelmetric")
	orders, _  = meter.Int64Counter("orders")
	latency, _ = meter.Float64Histogram("latency")
	queue, _   = meter.Int64UpDownCounter("queue")
	gauge, _   = meter.Int64Gauge("gauge")
)

const keyCustomer = "customer_id"

const keyOrder = attribute.Key("order.id")

// The deny-list matches every spelling of a key.
func spellings(ctx context.Context, id string) {
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("userId", id)))         // want `metric attribute "userId" is a user id`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("user.id", id)))        // want `metric attribute "user.id" is a user id`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("UserID", id)))         // want `metric attribute "UserID" is a user id`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("userid", id)))         // want `metric attribute "userid" is a user id`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("session-id", id)))     // want `"session-id" is a session id`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("trace_id", id)))       // want `"trace_id" is a trace id`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("span.id", id)))        // want `"span.id" is a span id`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("txn_id", id)))         // want `"txn_id" is a transaction id`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("customer.email", id))) // want `"customer.email" is an email address`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("phone_number", id)))   // want `"phone_number" is a phone number`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("client_ip", id)))      // want `"client_ip" is an IP address`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("url.full", id)))       // want `"url.full" is a full URL`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("url.path", id)))       // want `"url.path" is a raw path`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("db.query.text", id)))  // want `"db.query.text" is query text`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("created_at", id)))     // want `"created_at" is a timestamp`
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String("uuid", id)))           // want `"uuid" is an id`
	// Negative twins: bounded keys that share words with the denied ones.
	orders.Add(ctx, 1, metric.WithAttributes(
		attribute.String("http.route", "/orders/{id}"),
		attribute.Int("http.response.status_code", 200),
		attribute.String("user.type", "premium"),
		attribute.String("email_domain_class", "corporate"),
		attribute.String("ip_version", "4"),
		attribute.String("url.scheme", "https"),
		attribute.Bool("paid", true),
		attribute.String("valid", "yes"),
		attribute.String("http.request.method", "GET"),
	))
}

// Keys from constants, typed keys and semconv count.
func keys(ctx context.Context, id string) {
	orders.Add(ctx, 1, metric.WithAttributes(attribute.String(keyCustomer, id))) // want `"customer_id" is a customer id`
	orders.Add(ctx, 1, metric.WithAttributes(keyOrder.String(id)))               // want `"order.id" is an order id`
	orders.Add(ctx, 1, metric.WithAttributes(semconv.EnduserID(id)))             // want `"enduser.id" is a user id`
	orders.Add(ctx, 1, metric.WithAttributes(semconv.EnduserIDKey.String(id)))   // want `"enduser.id" is a user id`
	orders.Add(ctx, 1, metric.WithAttributes(semconv.ClientAddress(id)))         // want `"client.address" is an IP address`
	orders.Add(ctx, 1, metric.WithAttributes(semconv.HTTPRoute("/orders/{id}"), semconv.ServerAddress("db")))
}

// Every recording method, and attribute sets.
func recorders(ctx context.Context, id string) {
	latency.Record(ctx, 1, metric.WithAttributes(attribute.String("order_id", id)))                 // want `"order_id" is an order id`
	queue.Add(ctx, -1, metric.WithAttributes(attribute.String("order_id", id)))                     // want `"order_id" is an order id`
	gauge.Record(ctx, 3, metric.WithAttributes(attribute.String("order_id", id)))                   // want `"order_id" is an order id`
	orders.Add(ctx, 1, metric.WithAttributeSet(attribute.NewSet(attribute.String("order_id", id)))) // want `"order_id" is an order id`
	set := attribute.NewSet(attribute.String("session_id", id))                                     // want `"session_id" is a session id`
	orders.Add(ctx, 1, metric.WithAttributeSet(set))
	opt := metric.WithAttributes(attribute.String("request_id", id)) // want `"request_id" is a request id`
	orders.Add(ctx, 1, opt)
	orders.Add(ctx, 1, metric.WithAttributeSet(attribute.NewSet(attribute.String("route", "/x"))))
}

// Observable instruments report in callbacks.
func observe(id string) {
	_, _ = meter.Int64ObservableGauge("sessions", metric.WithInt64Callback(func(ctx context.Context, o metric.Int64Observer) error {
		o.Observe(1, metric.WithAttributes(attribute.String("session_id", id))) // want `"session_id" is a session id`
		o.Observe(1, metric.WithAttributes(attribute.String("state", "active")))
		return nil
	}))
}

// Attribute slices built in locals and spread with ... are followed.
func slices(ctx context.Context, id string, premium bool) {
	attrs := []attribute.KeyValue{
		attribute.String("route", "/orders"),
		attribute.String("account_id", id), // want `"account_id" is an account id`
	}
	if premium {
		attrs = append(attrs, attribute.String("user_id", id)) // want `"user_id" is a user id`
	}
	kv := attribute.String("visitor_id", id) // want `"visitor_id" is a visitor id`
	attrs = append(attrs, kv)
	orders.Add(ctx, 1, metric.WithAttributes(attrs...))

	// Negative twin: the same kind of slice given to a span.
	spanAttrs := []attribute.KeyValue{attribute.String("account_id", id)}
	spanAttrs = append(spanAttrs, attribute.String("user_id", id))
	_, span := tracer.Start(ctx, "Orders.List", trace.WithAttributes(spanAttrs...))
	defer span.End()
	orders.Add(ctx, 1, metric.WithAttributes(common...))
}

var common = []attribute.KeyValue{
	attribute.String("region", "eu"),
	attribute.String("device_id", "d"), // want `"device_id" is a device id`
}

// Negative twins: user_id belongs on spans, in logs, events and baggage.
func elsewhere(ctx context.Context, id string, log *zap.Logger) {
	_, span := tracer.Start(ctx, "Orders.Get", trace.WithAttributes(attribute.String("user_id", id)))
	defer span.End()
	span.SetAttributes(attribute.String("user_id", id), attribute.String("request_id", id))
	span.AddEvent("Orders.Loaded", trace.WithAttributes(attribute.String("order_id", id)))
	log.Info("order", zap.String("user_id", id))
	slog.InfoContext(ctx, "order", "user_id", id)
	m, _ := baggage.NewMember("user_id", id)
	b, _ := baggage.New(m)
	_ = baggage.ContextWithBaggage(ctx, b)
}
