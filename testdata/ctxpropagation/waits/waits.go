// Package waits shows fresh contexts used only for their cancellation:
// they carry no trace that could be lost.
package waits

import (
	"context"
	"time"

	"otellint.test/ctxpropagation/waits/sleep"
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
