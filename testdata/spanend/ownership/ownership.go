// Package ownership shows spans handed to someone else: not this
// function's to end.
package ownership

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("ownership")

// Returned to the caller.
func returned(ctx context.Context) (context.Context, trace.Span) { // want returned:"starts and returns a span"
	ctx, span := tracer.Start(ctx, "returned")
	span.SetAttributes()
	return ctx, span
}

// Returned on one path, leaked on the other.
func returnedOrLeaked(ctx context.Context, ok bool) (trace.Span, bool) { // want returnedOrLeaked:"starts and returns a span"
	_, span := tracer.Start(ctx, "returnedOrLeaked") // want `not ended on every path`
	if !ok {
		return nil, false
	}
	return span, true
}

type op struct {
	span trace.Span
}

// Stored in a struct.
func (o *op) begin(ctx context.Context) {
	_, span := tracer.Start(ctx, "begin")
	o.span = span
}

func (o *op) finish() { o.span.End() } // want finish:"ends the span of its receiver"

func storedDirectly(ctx context.Context, o *op) {
	_, o.span = tracer.Start(ctx, "storedDirectly")
}

func inLiteral(ctx context.Context) *op { // want inLiteral:"starts and returns a span"
	_, span := tracer.Start(ctx, "inLiteral")
	return &op{span: span}
}

var (
	spans   = map[string]trace.Span{}
	list    []trace.Span
	current trace.Span
)

func inMap(ctx context.Context, id string) {
	_, span := tracer.Start(ctx, "inMap")
	spans[id] = span
}

func inSlice(ctx context.Context) {
	_, span := tracer.Start(ctx, "inSlice")
	list = append(list, span)
}

func inChannel(ctx context.Context, ch chan<- trace.Span) {
	_, span := tracer.Start(ctx, "inChannel")
	ch <- span
}

func inGlobal(ctx context.Context) {
	_, span := tracer.Start(ctx, "inGlobal")
	current = span
}

// Passed to a function whose body is not visible.
func toFuncValue(ctx context.Context, done func(trace.Span)) {
	_, span := tracer.Start(ctx, "toFuncValue")
	done(span)
}

type finisher interface{ Finish(trace.Span) }

func toInterface(ctx context.Context, f finisher) {
	_, span := tracer.Start(ctx, "toInterface")
	f.Finish(span)
}

// Passed to a function that keeps it.
func keep(span trace.Span) { current = span } // want keep:"keeps span"

func toKeeper(ctx context.Context) {
	_, span := tracer.Start(ctx, "toKeeper")
	keep(span)
}

// Passed to a function that only uses it: still ours to end.
func annotate(span trace.Span) { span.AddEvent("annotated") } // want annotate:"only uses span"

func toBorrower(ctx context.Context) {
	_, span := tracer.Start(ctx, "toBorrower") // want `is never ended`
	annotate(span)
}

// The context carrying the span is handed to the caller.
func startHook(ctx context.Context) context.Context {
	ctx, span := tracer.Start(ctx, "startHook")
	span.SetAttributes()
	return ctx
}

// A closure that ends it is called later.
func closureEnds(ctx context.Context) func() {
	_, span := tracer.Start(ctx, "closureEnds")
	return func() { span.End() }
}

// An alias is ended.
func alias(ctx context.Context) {
	_, span := tracer.Start(ctx, "alias")
	s := span
	defer s.End()
}

// Ended through the context that carries it.
func viaContext(ctx context.Context) {
	ctx, _ = tracer.Start(ctx, "viaContext")
	defer trace.SpanFromContext(ctx).End()
}

func viaContextVar(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "viaContextVar")
	span.AddEvent("x")
	defer trace.SpanFromContext(ctx).End()
}

// A context passed to a call in a return statement is not handed on.
func interceptor(ctx context.Context, next func(context.Context) error) error {
	ctx, span := tracer.Start(ctx, "interceptor") // want `is never ended` `"interceptor" returns an error without setting an error status`
	span.AddEvent("x")
	return next(ctx)
}
