// Package consumer shows message-queue propagation: the producer injects
// the caller's trace into the headers, the consumer starts from them.
package consumer

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/propagation"
)

// Message stands for a kafka.Message or an amqp.Delivery.
type Message struct {
	Topic   string
	Headers map[string]string
	Value   []byte
}

type writer interface {
	WriteMessages(ctx context.Context, msgs ...Message) error
}

var w writer

func handleEvent(ctx context.Context, b []byte) error { return nil }

// Producer: inject the trace of the caller's context.
func PublishEvent(ctx context.Context, topic string, event []byte) error {
	ctx, span := otel.Tracer("kafka-producer").Start(ctx, "kafka.publish")
	defer span.End()
	carrier := propagation.MapCarrier{}
	otel.GetTextMapPropagator().Inject(ctx, carrier)
	return w.WriteMessages(ctx, Message{Topic: topic, Headers: carrier, Value: event})
}

// Wrong: the producer injects a fresh root, so the consumer's trace is cut.
func PublishEventBad(ctx context.Context, topic string, event []byte) error {
	carrier := propagation.MapCarrier{}
	otel.GetTextMapPropagator().Inject(context.Background(), carrier) // want `context.Background\(\) drops the trace of ctx`
	return w.WriteMessages(ctx, Message{Topic: topic, Headers: carrier, Value: event})
}

// Consumer: starting from context.Background() to extract the headers is
// how a consumer continues the producer's trace.
func ConsumeEvent(msg Message) error {
	carrier := propagation.MapCarrier{}
	for k, v := range msg.Headers {
		carrier.Set(k, v)
	}
	ctx := otel.GetTextMapPropagator().Extract(context.Background(), carrier)
	ctx, span := otel.Tracer("kafka-consumer").Start(ctx, "kafka.consume")
	defer span.End()
	span.SetAttributes(attribute.String("messaging.system", "kafka"))
	return handleEvent(ctx, msg.Value)
}

// The same with a concrete propagator, in a consumer that is given a
// context by its framework.
func HandleDelivery(ctx context.Context, msg Message) error {
	prop := propagation.TraceContext{}
	mctx := prop.Extract(context.Background(), propagation.MapCarrier(msg.Headers))
	return handleEvent(mctx, msg.Value)
}

// Wrong: the extracted context is dropped again.
func ConsumeEventBad(msg Message) error {
	ctx := otel.GetTextMapPropagator().Extract(context.Background(), propagation.MapCarrier(msg.Headers))
	_, span := otel.Tracer("kafka-consumer").Start(context.Background(), "kafka.consume") // want `span started from context.Background\(\) begins a new trace although ctx is available; pass ctx to tracer.Start`
	defer span.End()
	return handleEvent(ctx, msg.Value)
}

// Wrong: the message handler is given the caller's context and ignores it.
func processMessageBad(ctx context.Context, body []byte) error {
	return handleEvent(context.TODO(), body) // want `context.TODO\(\) drops the trace of ctx`
}

// A worker loop that processes each message in its own goroutine.
func consumeLoopBad(ctx context.Context, msgs <-chan Message) {
	for msg := range msgs {
		go func() {
			_ = handleEvent(context.Background(), msg.Value) // want `context.Background\(\) in a goroutine`
		}()
	}
}

func consumeLoopGood(ctx context.Context, msgs <-chan Message) {
	for msg := range msgs {
		go func() {
			mctx := otel.GetTextMapPropagator().Extract(ctx, propagation.MapCarrier(msg.Headers))
			_ = handleEvent(mctx, msg.Value)
		}()
	}
}
