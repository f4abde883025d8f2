// Package requestdata names spans from fields of what a client sent: a
// protobuf request and a decoded body. A field of a configuration or of
// the server itself is set once and names few spans.
package requestdata

import (
	"context"
	"encoding/json"
	"net/http"

	"go.opentelemetry.io/otel"
	"google.golang.org/protobuf/types/known/anypb"
)

var tracer = otel.Tracer("otellint.test/spannaming/requestdata")

type server struct {
	name string
}

// Bad: the field of the request names the span, as "Get." + req.TypeUrl
// would.
func (s *server) Get(ctx context.Context, req *anypb.Any) error {
	_, span := tracer.Start(ctx, req.TypeUrl) // want `span name is built at run time from req.TypeUrl, so every value makes a new span name; use a constant name and record req.TypeUrl as a span attribute`
	defer span.End()
	typ := req.TypeUrl
	_, child := tracer.Start(ctx, typ) // want `span name is built at run time from req.TypeUrl`
	child.End()
	return nil
}

type input struct {
	Operation string
	Target    struct{ Name string }
}

// Bad: a field of the decoded body names the span.
func handle(w http.ResponseWriter, r *http.Request) {
	var in input
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return
	}
	_, span := tracer.Start(r.Context(), in.Operation) // want `span name is built at run time from in.Operation`
	span.End()
	out := &input{}
	if err := json.Unmarshal([]byte(`{}`), out); err == nil {
		_, span := tracer.Start(r.Context(), out.Target.Name) // want `span name is built at run time from out.Target.Name`
		span.End()
	}
}

type config struct {
	Operation string
}

// Good: fields of the server and of its configuration, and a field of a
// struct that was not decoded.
func (s *server) run(ctx context.Context, cfg *config, in input) {
	_, s1 := tracer.Start(ctx, s.name)
	s1.End()
	_, s2 := tracer.Start(ctx, cfg.Operation)
	s2.End()
	_, s3 := tracer.Start(ctx, in.Operation)
	s3.End()
}
