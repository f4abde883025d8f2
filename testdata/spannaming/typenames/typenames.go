// Package typenames names spans after an enumerated phase and the Go
// type of a syntax-tree node: both closed sets, unlike a node's text.
package typenames

import (
	"context"
	"reflect"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("otellint.test/spannaming/typenames")

// Phase is an enumerated evaluation phase.
type Phase int

const (
	PhaseParse Phase = iota
	PhaseEval
)

// Operation returns the span operation of a phase.
func (p Phase) Operation() string {
	if p == PhaseParse {
		return "Query.Parse"
	}
	return "Query.Eval"
}

// Node is a node of a query's syntax tree.
type Node interface {
	// Text returns the node as the user wrote it.
	Text() string
}

// Good: a method of an enumerated constant and the Go type of the
// node, one name per phase and node type.
func evalNode(ctx context.Context, n Node) {
	_, span := tracer.Start(ctx, PhaseEval.Operation()+" "+reflect.TypeOf(n).String())
	defer span.End()
}

// Bad: the node's text is the user's query, a new name per query.
func evalText(ctx context.Context, n Node) {
	_, span := tracer.Start(ctx, PhaseEval.Operation()+" "+n.Text()) // want `span name is built at run time from n.Text\(\)`
	defer span.End()
}
