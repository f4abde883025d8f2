// Package waits shows fresh contexts used only for their cancellation:
// they carry no trace that could be lost.
package waits

import (
	"context"
	"sync"
	"time"

	"otellint.test/ctxpropagation/waits/sleep"
	"otellint.test/ctxpropagation/waits/toggle"
)

func call(ctx context.Context) error { return nil }

// A fresh context whose only use is its Done channel.
func sleepLocal(parentCtx context.Context, d time.Duration) {
	sleepCtx, cancel := context.WithCancel(context.Background())
	defer cancel()
	select {
	case <-parentCtx.Done():
	case <-sleepCtx.Done():
	case <-time.After(d):
	}
}

// A fresh context handed to a call that may trace with it.
func callFresh(parentCtx context.Context) error {
	callCtx, cancel := context.WithTimeout(context.Background(), time.Second) // want `context.Background\(\) as the parent of a new deadline drops the trace of parentCtx`
	defer cancel()
	return call(callCtx)
}

// Helpers of another package that only wait, known by their facts.
func teardown(ctx context.Context, m *sleep.Member) {
	m.WaitReady(context.Background())
	m.Sleep(context.Background())
	sleep.Pause(time.Second, context.Background())
}

// The same helpers' sibling hands the context on.
func fetch(ctx context.Context, m *sleep.Member) error {
	return m.Fetch(context.Background()) // want `context.Background\(\) drops the trace of ctx`
}

// A context whose use is unknown is taken to carry the trace.
func ignore(ctx context.Context) {
	sleep.Ignore(context.Background()) // want `context.Background\(\) drops the trace of ctx`
}

// A local helper that only waits.
func waitDone(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}

func drain(ctx context.Context) error {
	return waitDone(context.Background())
}

// A deadline gathered with the caller's context to wait on all of them.
func enqueue(ctx context.Context, deadline time.Time) {
	ctxs := []context.Context{ctx}
	noPollerCtx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	ctxs = append(ctxs, noPollerCtx)
	waitAny(ctxs)
}

func waitAny(ctxs []context.Context) {}

// Sender is read through an interface whose only implementation of the
// package waits on the context.
type Sender interface {
	Recv(ctx context.Context) (int, bool) // want Recv:"waits on parameter 0"
}

type queue struct{ c chan int }

func (q *queue) Recv(ctx context.Context) (int, bool) { // want Recv:"waits on parameter 0"
	select {
	case v, ok := <-q.c:
		return v, ok
	case <-ctx.Done():
		return 0, false
	}
}

// closed never has anything to receive: it ignores the context.
type closed struct{}

func (closed) Recv(_ context.Context) (int, bool) { return 0, false } // want Recv:"waits on parameter 0"

func drainSender(ctx context.Context, s Sender) {
	for {
		if _, ok := s.Recv(ctx); !ok {
			return
		}
	}
}

func process(ctx context.Context, s Sender) {
	defer drainSender(context.Background(), s)
}

// Fetcher has an implementation that hands the context on.
type Fetcher interface {
	Fetch(ctx context.Context) error
}

type remote struct{}

func (remote) Fetch(ctx context.Context) error { return call(ctx) }

type local struct{}

func (local) Fetch(ctx context.Context) error { // want Fetch:"waits on parameter 0"
	<-ctx.Done()
	return nil
}

func fetchAll(ctx context.Context, f Fetcher) error {
	return f.Fetch(context.Background()) // want `context.Background\(\) drops the trace of ctx`
}

// A helper that runs batches under a limiter of another package, whose
// Acquire only waits (a fact of the interface's method): a fresh context
// given it only paces the batches, and the callback does the work under
// the caller's context.
func eachBatch(ctx context.Context, n int, l sleep.Limiter, f func(i int)) {
	var wg sync.WaitGroup
	for i := range n {
		if l.Acquire(ctx) != nil {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer l.Release()
			f(i)
		}()
	}
	wg.Wait()
}

func getAll(ctx context.Context, l sleep.Limiter, keys []string) {
	eachBatch(context.Background(), len(keys), l, func(i int) { _ = call(ctx) })
}

// An interface of another package with an implementation that hands the
// context on: the fresh context may carry the trace there.
func loadAll(ctx context.Context, ld sleep.Loader, keys []string) {
	for _, k := range keys {
		_, _ = ld.Load(context.Background(), k) // want `context.Background\(\) drops the trace of ctx`
	}
}

// The toggles read from a fresh root: settings carry no trace.
func reconcile(ctx context.Context) error {
	if !toggle.FromContext(context.TODO()).GeneratePolicies() {
		return nil
	}
	return call(ctx)
}

// A logger read from a fresh root loses the request's attributes.
func reconcileLogged(ctx context.Context) error {
	toggle.Logger(context.TODO()).Info("reconciling") // want `context.TODO\(\) drops the trace of ctx`
	return call(ctx)
}
