// Package sleep has helpers that take a context only to stop waiting
// when it is done; its facts tell the callers so.
package sleep

import (
	"context"
	"time"
)

// Member is one member of a group that sleeps until woken.
type Member struct{ wake chan struct{} }

// Sleep blocks until the member is woken or ctx is done.
func (m *Member) Sleep(ctx context.Context) { // want Sleep:"waits on parameter 0"
	select {
	case <-m.wake:
	case <-ctx.Done():
	}
}

// WaitReady waits through Sleep: it waits too.
func (m *Member) WaitReady(ctx context.Context) bool { // want WaitReady:"waits on parameter 0"
	m.Sleep(ctx)
	return ctx.Err() == nil
}

// Pause waits for d, or less when ctx ends first.
func Pause(d time.Duration, ctx context.Context) { // want Pause:"waits on parameter 1"
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// Fetch hands the context on to code that may trace: no fact.
func (m *Member) Fetch(ctx context.Context) error {
	return send(ctx)
}

func send(ctx context.Context) error { return nil }

// Ignore takes a context it never reads: nothing is known of it.
func Ignore(ctx context.Context) {}
