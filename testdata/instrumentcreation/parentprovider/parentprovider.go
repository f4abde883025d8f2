// Package parentprovider takes its tracer from the provider of the
// caller's span, on purpose: its spans go down the same pipeline as the
// span they continue, whichever provider that is.
package parentprovider

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/noop"
)

const scope = "otellint.test/instrumentcreation/parentprovider"

// Strategy decides on a login.
type Strategy struct{}

// Authenticate continues the caller's trace on the caller's provider.
func (s *Strategy) Authenticate(ctx context.Context, user string) error {
	ctx, span := trace.SpanFromContext(ctx).TracerProvider().Tracer(scope).Start(ctx, "Strategy.Authenticate")
	defer span.End()
	return s.consent(ctx)
}

// consent does the same through a variable.
func (s *Strategy) consent(ctx context.Context) error {
	tp := trace.SpanFromContext(ctx).TracerProvider()
	_, span := tp.Tracer(scope).Start(ctx, "Strategy.Consent")
	defer span.End()
	return nil
}

// Positive twin: the global provider is the same on every call; its
// tracer can be taken once.
func (s *Strategy) Logout(ctx context.Context) error {
	_, span := otel.GetTracerProvider().Tracer(scope).Start(ctx, "Strategy.Logout") // want `tracer TracerProvider.Tracer is looked up in request-scoped code \(function Logout that takes a request context\)`
	defer span.End()
	return nil
}

// Detach starts a span that nobody records, when there is no parent: a
// no-op provider's tracer costs nothing.
func (s *Strategy) Detach(ctx context.Context) {
	tracer := noop.NewTracerProvider().Tracer("")
	if parent := trace.SpanFromContext(ctx); parent.SpanContext().IsValid() {
		tracer = parent.TracerProvider().Tracer(scope)
	}
	_, span := tracer.Start(ctx, "Strategy.Detach")
	defer span.End()
}
