// Package opentracing shows fresh contexts given the caller's span through
// the OpenTracing API, which a service moving to OpenTelemetry calls
// through the bridge: the trace is kept, only the cancellation dropped.
package opentracing

import (
	"context"
	"time"

	ot "github.com/opentracing/opentracing-go"
)

type tenantKey struct{}

// withTenant returns a context made from ctx that names the tenant.
func withTenant(ctx context.Context, tenant string) context.Context {
	return context.WithValue(ctx, tenantKey{}, tenant)
}

func send(ctx context.Context) error { return nil }

// A deadline of its own, the tenant and the caller's span put back.
func fanOut(ctx context.Context, tenant string) error {
	local, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	local = withTenant(local, tenant)
	if sp := ot.SpanFromContext(ctx); sp != nil {
		local = ot.ContextWithSpan(local, sp)
	}
	return send(local)
}

// The span put into the context the helper makes from the fresh root.
func quorum(ctx context.Context, tenant string) error {
	local := ot.ContextWithSpan(withTenant(context.Background(), tenant), ot.SpanFromContext(ctx))
	return send(local)
}

// Positive twins: the same without the span.

func fanOutBad(ctx context.Context, tenant string) error {
	local, cancel := context.WithTimeout(context.Background(), time.Second) // want `context.Background\(\) as the parent of a new deadline drops the trace of ctx`
	defer cancel()
	local = withTenant(local, tenant)
	return send(local)
}

func quorumBad(ctx context.Context, tenant string) error {
	local := withTenant(context.Background(), tenant) // want `context.Background\(\) drops the trace of ctx`
	return send(local)
}
