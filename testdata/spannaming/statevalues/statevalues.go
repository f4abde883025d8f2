// Package statevalues names spans from the program's own state (the
// receiver, a definition passed down) and from what each call is given.
// The first name a bounded set the program chose; the second change with
// every call.
package statevalues

import (
	"context"
	"fmt"

	"go.opentelemetry.io/otel"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/protobuf/types/known/anypb"
)

var tracer = otel.Tracer("otellint.test/spannaming/statevalues")

type vertex struct{ name string }

func (v *vertex) Name() string { return v.name }

// step runs one vertex of a build graph.
type step struct {
	vtx  *vertex
	kind string
}

// Good: the step's own vertex and kind name its spans, however they are
// read.
func (s *step) Load(ctx context.Context) {
	_, s1 := tracer.Start(ctx, "load "+s.vtx.Name())
	s1.End()
	_, s2 := tracer.Start(ctx, s.kind+": "+s.vtx.name)
	s2.End()
	go func() {
		_, s3 := tracer.Start(ctx, "exec "+s.vtx.Name())
		s3.End()
	}()
}

// Bad: the positive twin, a reference each call is given.
func (s *step) Fetch(ctx context.Context, ref string) {
	_, span := tracer.Start(ctx, "fetch "+ref) // want `span name is built at run time from ref`
	span.End()
}

// Good: a message no RPC takes is a definition passed down; its fields
// and getters name a kind of work.
func walk(ctx context.Context, def *anypb.Any) {
	_, s1 := tracer.Start(ctx, "walk "+def.GetTypeUrl())
	s1.End()
	_, s2 := tracer.Start(ctx, def.TypeUrl+"->"+def.GetTypeUrl())
	s2.End()
	_, s3 := tracer.Start(ctx, def.TypeUrl)
	s3.End()
}

// Bad: the positive twin, the request of an RPC (the health service takes
// it), even in a helper that does not serve it.
func check(ctx context.Context, req *healthpb.HealthCheckRequest) {
	_, s1 := tracer.Start(ctx, "check "+req.GetService()) // want `span name is built at run time from req.GetService\(\)`
	s1.End()
	_, s2 := tracer.Start(ctx, req.Service) // want `span name is built at run time from req.Service`
	s2.End()
}

// validated is a request checked once, wrapping the message.
type validated struct {
	*healthpb.HealthCheckRequest
}

// Bad: a field of the wrapped request.
func lookup(ctx context.Context, req validated) {
	_, span := tracer.Start(ctx, "lookup "+req.Service) // want `span name is built at run time from req.Service`
	span.End()
}

type reference struct{ host, path string }

func (r reference) String() string { return r.host + "/" + r.path }

type imageID struct{ ref reference }

// Bad: a value computed from a parameter (a reference's String) is an
// identity, not a field of a definition.
func resolve(ctx context.Context, id *imageID) {
	ref := id.ref.String()
	_, span := tracer.Start(ctx, "resolving "+ref) // want `span name is built at run time from id.ref.String\(\)`
	span.End()
}

// named and arrow abstract over definition messages by their getters.
type named interface{ GetTypeUrl() string }

type arrow[T named] interface {
	GetFrom() T
	GetTo() T
}

// Good: getters of a definition, through interfaces over its messages.
func follow[T named](ctx context.Context, a arrow[T]) {
	_, span := tracer.Start(ctx, a.GetFrom().GetTypeUrl()+"->"+a.GetTo().GetTypeUrl())
	span.End()
}

// Bad: the positive twin, a value a method computes (not a getter).
func visit(ctx context.Context, r fmt.Stringer) {
	_, span := tracer.Start(ctx, "visit "+r.String()) // want `span name is built at run time from r.String\(\)`
	span.End()
}

// message is an event on a bus.
type message struct {
	Topic string
	Body  []byte
}

// Bad: a message handler's parameters are what a producer sent.
func Consume(ctx context.Context, m message) {
	_, span := tracer.Start(ctx, "consume "+m.Topic) // want `span name is built at run time from m.Topic`
	span.End()
}

// route is a configured destination.
type route struct{ Topic string }

// Good: the negative twin, a field of a configuration passed to a helper.
func forward(ctx context.Context, r route, body []byte) {
	_, span := tracer.Start(ctx, "forward "+r.Topic)
	span.End()
	_ = body
}

// order is a domain value a service method is given.
type order struct {
	ID   string
	Kind string
}

// Bad: an identifier read from a parameter names one instance, even when
// the parameter is not request data; its kind is a bounded name.
func ship(ctx context.Context, o order) {
	_, s1 := tracer.Start(ctx, "ship "+o.ID) // want `span name is built at run time from o.ID`
	s1.End()
	_, s2 := tracer.Start(ctx, "ship "+o.Kind)
	s2.End()
}

// job is a unit of work that knows its own identity.
type job struct {
	jobID string
	queue string
}

// Bad: the receiver's identifier; its queue is a bounded name.
func (j *job) Run(ctx context.Context) {
	_, s1 := tracer.Start(ctx, "run "+j.jobID) // want `span name is built at run time from j.jobID`
	s1.End()
	_, s2 := tracer.Start(ctx, "run "+j.queue)
	s2.End()
}
