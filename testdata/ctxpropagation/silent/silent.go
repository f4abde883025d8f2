package main

import (
	"context"
	"net/http"
	"time"

	"go.opentelemetry.io/otel/trace"
)

func use(ctx context.Context) {}

// A nil context defaults to a fresh root.
func withDefault(ctx context.Context) {
	if ctx == nil {
		ctx = context.Background()
	}
	use(ctx)
}

func withDefaultTODO(ctx context.Context) context.Context {
	if ctx == nil {
		return context.TODO()
	}
	return ctx
}

// Not a nil check: the context is replaced on purpose but loses its trace.
func replaced(ctx context.Context) {
	ctx = context.Background() // want `replacing ctx with context.Background\(\) drops its trace; use context.WithoutCancel\(ctx\) to detach from its cancellation`
	use(ctx)
}

func replacedGood(ctx context.Context) {
	ctx = context.WithoutCancel(ctx)
	use(ctx)
}

// A fresh local root is not the caller's context.
func rooted() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	use(ctx)
	use(context.TODO())
}

// A local derived from the caller's context is one.
func derived(parent context.Context) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	use(ctx)
	use(context.TODO()) // want `context.TODO\(\) drops the trace of ctx`
}

// A context parameter named "_" is not available.
func blank(_ context.Context) {
	use(context.Background())
}

// A span carried onto a detached root keeps the trace.
func linked(ctx context.Context) {
	span := trace.SpanFromContext(ctx)
	use(trace.ContextWithSpan(context.Background(), span))
}

// A context declared after the call is not available at it.
func later() {
	use(context.Background())
	ctx := context.WithValue(context.Background(), key{}, 1)
	use(ctx)
}

type key struct{}

// Silenced with a reason.
func silenced(ctx context.Context) {
	//otellint:ignore ctxpropagation the cache refresh must not inherit the request's trace
	use(context.Background())
	use(context.Background()) //nolint:otellint // same
}

// Requests without a context where none is in scope (default policy).
func fetch(u string) {
	_, _ = http.Get(u)
}

// After the caller's context is done, shutdown needs a fresh one.
func serveUntil(ctx context.Context, srv *http.Server) error {
	go srv.ListenAndServe()
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}

func serveSelect(ctx context.Context, srv *http.Server, errc chan error) error {
	select {
	case <-ctx.Done():
		return srv.Shutdown(context.Background())
	case err := <-errc:
		return err
	}
}

// A context taken from options is not the caller's context.
type options struct{ Context context.Context }

func fromOptions(opts options) {
	ctx := opts.Context
	if ctx == nil {
		ctx = context.Background()
	}
	use(ctx)
	use(context.TODO())
}
