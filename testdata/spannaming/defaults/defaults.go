// Package defaults shows what spannaming reports with no naming
// convention configured: empty, generic and dynamic names. A name that
// merely differs from some convention is the team's choice.
package defaults

import (
	"context"
	"fmt"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace/noop"
)

var tracer = otel.Tracer("otellint.test/spannaming/defaults")

// conventions are names of various conventions, none of them wrong.
func conventions(ctx context.Context) {
	_, s1 := tracer.Start(ctx, "kafka.publish")
	s1.End()
	_, s2 := tracer.Start(ctx, "orders_place")
	s2.End()
	_, s3 := tracer.Start(ctx, "persistence.sql.GetClient")
	s3.End()
	_, s4 := tracer.Start(ctx, "resolveUserset")
	s4.End()
}

// wrong are names the specification calls wrong.
func wrong(ctx context.Context, id string) {
	_, s1 := tracer.Start(ctx, "") // want `span name is empty`
	s1.End()
	_, s2 := tracer.Start(ctx, "ProcessRequest") // want `span name "ProcessRequest" says which function ran`
	s2.End()
	_, s3 := tracer.Start(ctx, "handler") // want `span name "handler" says which function ran`
	s3.End()
	_, s4 := tracer.Start(ctx, "span") // want `span name "span" says which function ran`
	s4.End()
	_, s5 := tracer.Start(ctx, fmt.Sprintf("Order.%s", id)) // want `span name is built at run time from id`
	s5.End()
	// Generic words qualified by a word that names nothing of this
	// program are still generic.
	_, s6 := tracer.Start(ctx, "handler.Run") // want `span name "handler.Run" says which function ran`
	s6.End()
}

// process is an operating-system process: here the word is a domain noun.
type process struct{ pid int }

// Start names its span after the type and the action: what started.
func (p *process) Start(ctx context.Context) {
	_, s := tracer.Start(ctx, "process.Start")
	s.End()
}

// operation is a long-running operation of a job API.
type operation struct{ id string }

// execute names its span after a type of the package, outside its methods.
func execute(ctx context.Context, op *operation) {
	_, s := tracer.Start(ctx, "operation.Execute")
	s.End()
}

// detached starts a span nobody sees: a no-op tracer's span names do not
// matter.
func detached(ctx context.Context) {
	_, s1 := noop.NewTracerProvider().Tracer("").Start(ctx, "")
	s1.End()
	var t noop.Tracer
	_, s2 := t.Start(ctx, "")
	s2.End()
}
