// Package typeerror parses but does not type-check: a bad-input case of the
// robustness tests.
package typeerror

import (
	"context"

	"go.opentelemetry.io/otel"
)

func Handle(ctx context.Context) int {
	_, span := otel.Tracer("typeerror").Start(ctx, 42)
	defer span.Finish()
	return "not an int"
}
