// Package lib defines span-starting helpers: their call sites are checked.
package lib

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("otellint.test/spannaming/wrappers/lib")

// StartSpan starts a span named by its caller.
func StartSpan(ctx context.Context, name string) (context.Context, trace.Span) { // want StartSpan:`spanname\(name\)`
	return tracer.Start(ctx, name)
}

// StartDB prefixes the operation.
func StartDB(ctx context.Context, op string) (context.Context, trace.Span) { // want StartDB:`spanname\("Database\." \+ op\)`
	return tracer.Start(ctx, "Database."+op)
}

// Traced runs f in a span, through StartSpan.
func Traced(ctx context.Context, name string, f func(context.Context)) { // want Traced:`spanname\(name\)`
	ctx, span := StartSpan(ctx, name)
	defer span.End()
	f(ctx)
}

// Tracing is a helper type.
type Tracing struct{ t trace.Tracer }

// Start is a method wrapper.
func (t Tracing) Start(ctx context.Context, service, action string) (context.Context, trace.Span) { // want Start:`spanname\(service \+ "\." \+ action\)`
	return t.t.Start(ctx, service+"."+action)
}

// Fixed does not pass its parameter on: its own name is checked in its body.
func Fixed(ctx context.Context, name string) {
	_, span := tracer.Start(ctx, "Lib.Fixed")
	defer span.End()
	_ = name
}

// Reassigned changes its parameter first: not a wrapper.
func Reassigned(ctx context.Context, name string) {
	name = "Lib." + name
	_, span := tracer.Start(ctx, name)
	defer span.End()
}

// SpanNameHandler names the server span after the route, in a closure.
func SpanNameHandler(route string, next http.Handler) http.Handler { // want SpanNameHandler:`spanname\(route\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		trace.SpanFromContext(r.Context()).SetName(route)
		next.ServeHTTP(w, r)
	})
}
