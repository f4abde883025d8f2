// Package testonly starts spans in production code, whose error status
// is judged, and in its tests, whose spans only carry a trace to the code
// under test: nothing reads their status.
package testonly

import (
	"context"
	"errors"

	"go.opentelemetry.io/otel"
)

var errClosed = errors.New("closed")

// Fetch returns an error through a span without an error status.
func Fetch(ctx context.Context) error {
	ctx, span := otel.Tracer("testonly").Start(ctx, "Fetch") // want `"Fetch" returns an error without setting an error status on span`
	defer span.End()
	_ = ctx
	return errClosed
}
