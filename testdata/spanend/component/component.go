// Package component derives a cancellable context for a component that a
// function builds and hands out: the component's workers run after the
// function, and its span, have ended.
package component

import (
	"context"
	"sync"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("otellint.test/spanend/component")

type worker struct{}

func (worker) run(ctx context.Context) { _ = ctx }

// Pool runs its workers until Close.
type Pool struct {
	wg     sync.WaitGroup
	cancel context.CancelFunc
}

// Close stops the workers.
func (p *Pool) Close() { p.cancel(); p.wg.Wait() }

// Good: the workers' context lives as long as the pool that keeps its
// cancel, beyond the span of the build.
func Build(ctx context.Context, workers []worker) *Pool {
	_, span := tracer.Start(ctx, "Pool.Build")
	defer span.End()
	p := &Pool{}
	ctx, cancel := context.WithCancel(ctx)
	for _, w := range workers {
		p.wg.Add(1)
		go func() { defer p.wg.Done(); w.run(ctx) }()
	}
	p.cancel = cancel
	return p
}

// Good: the cancel is kept in the returned struct literal.
func Start(ctx context.Context, w worker) *Pool {
	_, span := tracer.Start(ctx, "Pool.Start")
	defer span.End()
	wctx, cancel := context.WithCancel(ctx)
	go w.run(wctx)
	return &Pool{cancel: cancel}
}

// Bad: the positive twin, a context cancelled when the function returns:
// its work runs below the span, which it is not part of.
func Run(ctx context.Context, w worker) {
	_, span := tracer.Start(ctx, "Pool.Run") // want `context returned by tracer.Start is discarded but ctx is still passed on`
	defer span.End()
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w.run(wctx)
}

// Bad: the cancel is kept, but the old context also goes straight to the
// work.
func StartAndWarm(ctx context.Context, w worker) *Pool {
	_, span := tracer.Start(ctx, "Pool.StartAndWarm") // want `context returned by tracer.Start is discarded but ctx is still passed on`
	defer span.End()
	w.run(ctx)
	wctx, cancel := context.WithCancel(ctx)
	go w.run(wctx)
	return &Pool{cancel: cancel}
}
