package recordevent

import (
	"context"
	"errors"
	"testing"

	"go.opentelemetry.io/otel/trace"
)

// TestFail records an error on a span in a test: tests are not checked.
func TestFail(t *testing.T) {
	ctx := context.Background()
	trace.SpanFromContext(ctx).RecordError(errors.New("x"))
	fail(ctx, errors.New("y"))
	keep(&recorder{})
}
