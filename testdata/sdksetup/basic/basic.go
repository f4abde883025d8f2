// Package basic is the first scenario of the sdksetup pass: put the
// reported shape here, marked with analysistest's expectation comment, and
// its correct twin beside it.
package basic

import (
	"context"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("otellint.test/sdksetup/basic")

func correct(ctx context.Context) {
	_, span := tracer.Start(ctx, "Basic.Correct")
	defer span.End()
}
