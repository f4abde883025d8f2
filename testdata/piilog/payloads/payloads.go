// Package payloads logs the payloads of consumed messages: a message body
// holds whatever its producer sent, as a request body does.
package payloads

import (
	"context"
	"encoding/json"
	"log/slog"

	"github.com/IBM/sarama"
	"github.com/nats-io/nats.go"
	amqp "github.com/rabbitmq/amqp091-go"
	"github.com/segmentio/kafka-go"
	"go.uber.org/zap"
)

type event struct {
	Kind string
	Seq  int
}

func consumeAMQP(ctx context.Context, logger *zap.Logger, deliveries <-chan amqp.Delivery) {
	for d := range deliveries {
		logger.Info("received", zap.ByteString("body", d.Body))          // want `logs the whole payload of a consumed message, which holds whatever its producer sent; log the fields you need, masked`
		slog.InfoContext(ctx, "received", "body", string(d.Body))        // want `logs the whole payload of a consumed message`
		logger.Info("received", zap.String("routing_key", d.RoutingKey)) // the routing key is not the payload
		logger.Info("received", zap.Int("size", len(d.Body)))            // only its size
		var ev event
		if err := json.Unmarshal(d.Body, &ev); err != nil {
			continue
		}
		slog.InfoContext(ctx, "event", "event", ev)     // want `logs the whole message decoded from its payload`
		slog.InfoContext(ctx, "event", "kind", ev.Kind) // one field of it
		logger.Info("delivery", zap.Any("delivery", d)) // want `logs the whole message with its payload`
		logger.Info("delivery", zap.Uint64("tag", d.DeliveryTag))
	}
}

func consumeNATS(logger *zap.SugaredLogger, m *nats.Msg) {
	logger.Infof("message on %s: %s", m.Subject, string(m.Data)) // want `logs the whole payload of a consumed message`
	logger.Infof("message on %s: %d bytes", m.Subject, len(m.Data))
}

func consumeSarama(ctx context.Context, msg *sarama.ConsumerMessage) {
	slog.InfoContext(ctx, "consumed", "value", msg.Value) // want `logs the whole payload of a consumed message`
	payload := string(msg.Value)
	slog.DebugContext(ctx, "consumed", "payload", payload) // want `logs the whole payload of a consumed message`
	slog.InfoContext(ctx, "consumed", "topic", msg.Topic, "partition", msg.Partition, "offset", msg.Offset)
}

func consumeKafka(ctx context.Context, m kafka.Message) {
	slog.InfoContext(ctx, "consumed", "message", string(m.Value)) // want `logs the whole payload of a consumed message`
	slog.InfoContext(ctx, "consumed", "key", string(m.Key), "topic", m.Topic)
}
