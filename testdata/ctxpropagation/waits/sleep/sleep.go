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

// Limiter bounds how many callers run at once. Every implementation of
// the package only waits on the context of Acquire, so the interface's
// method waits too.
type Limiter interface {
	Acquire(ctx context.Context) error // want Acquire:"waits on parameter 0"
	Release()
}

// NewLimiter returns a Limiter of n slots that counts its acquisitions.
func NewLimiter(n int) Limiter {
	return &counted{l: &slots{c: make(chan struct{}, n)}}
}

type slots struct{ c chan struct{} }

func (s *slots) Acquire(ctx context.Context) error { // want Acquire:"waits on parameter 0"
	select {
	case s.c <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *slots) Release() { <-s.c }

// counted waits through the Limiter it wraps.
type counted struct {
	l Limiter
	n int
}

func (c *counted) Acquire(ctx context.Context) error { // want Acquire:"waits on parameter 0"
	c.n++
	return c.l.Acquire(ctx)
}

func (c *counted) Release() { c.l.Release() }

// Loader has an implementation that hands the context on: no fact.
type Loader interface {
	Load(ctx context.Context, key string) (string, error)
}

type remoteLoader struct{}

func (remoteLoader) Load(ctx context.Context, key string) (string, error) {
	return key, send(ctx)
}
