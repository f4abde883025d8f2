// Package missingdep imports a package that no module provides: a
// bad-input case of the robustness tests.
package missingdep

import (
	"context"

	"example.invalid/nosuch/tracing"
)

func Handle(ctx context.Context) {
	tracing.Start(ctx, "handle")
}
