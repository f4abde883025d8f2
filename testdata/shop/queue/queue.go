// Package queue publishes and consumes order events, propagating the trace
// context in message headers.
package queue

import (
	"context"
	"fmt"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/baggage"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"
)

// Message is a message on the bus.
type Message struct {
	Topic   string
	Headers map[string]string
	Body    []byte
}

// Bus sends messages.
type Bus interface {
	Send(ctx context.Context, m Message) error
}

// Publish injects the trace context into the message headers.
func Publish(ctx context.Context, bus Bus, topic string, body []byte) error {
	tracer := otel.Tracer("shop/queue") // finding: instrumentcreation/lookup-per-request
	ctx, span := tracer.Start(ctx, "OrderEvents.Publish", trace.WithSpanKind(trace.SpanKindProducer))
	defer span.End()

	carrier := propagation.MapCarrier{}
	otel.GetTextMapPropagator().Inject(ctx, carrier)
	if err := bus.Send(ctx, Message{Topic: topic, Headers: carrier, Body: body}); err != nil {
		span.SetStatus(codes.Error, "send failed")
		return err
	}
	return nil
}

// Consume extracts the producer's trace context from the headers: starting
// from context.Background() is right here, there is no other context.
func Consume(m Message, handle func(context.Context, []byte) error) error {
	ctx := otel.GetTextMapPropagator().Extract(context.Background(), propagation.MapCarrier(m.Headers))
	ctx, span := otel.Tracer("shop/queue").Start(ctx, fmt.Sprintf("consume %s", m.Topic), trace.WithSpanKind(trace.SpanKindConsumer)) // finding: spannaming/dynamic-name instrumentcreation/lookup-per-request
	defer span.End()
	span.SetAttributes(attribute.String("messaging.destination.name", m.Topic))
	if err := handle(ctx, m.Body); err != nil {
		span.SetStatus(codes.Error, "handler failed")
		return err
	}
	return nil
}

// WithCustomer puts the customer's tenant and phone number into baggage,
// which every downstream service receives in its headers.
func WithCustomer(ctx context.Context, tenantID, phone string) (context.Context, error) {
	tenant, err := baggage.NewMember("tenant.id", tenantID)
	if err != nil {
		return ctx, err
	}
	contact, err := baggage.NewMember("customer.phone", phone) // finding: piilog/pii-baggage
	if err != nil {
		return ctx, err
	}
	bag, err := baggage.New(tenant, contact)
	if err != nil {
		return ctx, err
	}
	return baggage.ContextWithBaggage(ctx, bag), nil
}

//otellint:ignore spanned // finding: ignoredirective/bad-directive

// startDebug starts a span whose result nobody keeps.
func startDebug(ctx context.Context) {
	otel.Tracer("").Start(ctx, "Queue.Debug") // finding: spanend/discarded-span spannaming/empty-tracer-name instrumentcreation/lookup-per-request
}
