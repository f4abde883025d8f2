package none

import (
	"context"
	"log/slog"
	"testing"
)

// A test that passes a context to a log call tells nothing of the
// service's pipeline.
func TestRead(t *testing.T) {
	slog.InfoContext(context.WithValue(t.Context(), struct{}{}, 1), "test")
}
