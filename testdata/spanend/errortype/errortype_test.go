package errortype

import (
	"context"
	"testing"

	"go.opentelemetry.io/otel/codes"
)

// TestStatus sets an error status to exercise a recorder: tests are not
// checked.
func TestStatus(t *testing.T) {
	_, span := tracer.Start(context.Background(), "TestStatus")
	defer span.End()
	span.SetStatus(codes.Error, "failed")
}
