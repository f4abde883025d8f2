// Package syntax does not parse: a bad-input case of the robustness tests.
package syntax

import (
	"context"

	"go.opentelemetry.io/otel"
)

func Handle(ctx context.Context) {
	_, span := otel.Tracer("syntax").Start(ctx, "handle"
	defer span.End()
}
