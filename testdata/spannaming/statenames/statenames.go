// Package statenames is checked with the option state-names: names built
// from the receiver's state and from a definition's fields are reported
// too.
package statenames

import (
	"context"

	"go.opentelemetry.io/otel"
	"google.golang.org/protobuf/types/known/anypb"
)

var tracer = otel.Tracer("otellint.test/spannaming/statenames")

type step struct{ name string }

func (s *step) Load(ctx context.Context) {
	_, span := tracer.Start(ctx, "load "+s.name) // want `span name is built at run time from s.name`
	span.End()
}

func walk(ctx context.Context, def *anypb.Any) {
	_, span := tracer.Start(ctx, "walk "+def.GetTypeUrl()) // want `span name is built at run time from def.GetTypeUrl\(\)`
	span.End()
	// A bare field of a definition is still not reported: the option
	// widens names with a variable part, not names that are only a field.
	_, bare := tracer.Start(ctx, def.TypeUrl)
	bare.End()
}
