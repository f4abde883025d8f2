package article

import (
	"context"
	"testing"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
)

// Test metrics never reach a back end: not checked.
func TestCounter(t *testing.T) {
	requests.Add(context.Background(), 1, metric.WithAttributes(attribute.String("user_id", "u1")))
}
