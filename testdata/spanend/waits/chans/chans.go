// Package chans has channel helpers that use their context only to stop
// waiting, and one that does more with it. It imports no tracing.
package chans

import (
	"context"
	"log/slog"
)

// TrySend sends msg unless ctx is done first.
func TrySend[T any](ctx context.Context, msg T, ch chan<- T) bool { // want TrySend:"waits on parameter 0"
	select {
	case <-ctx.Done():
		return false
	case ch <- msg:
		return true
	}
}

// Recv receives from ch unless ctx is done first, through TrySend's
// kind of helper: waiting on a helper that waits is waiting.
func Recv[T any](ctx context.Context, ch <-chan T) (T, bool) { // want Recv:"waits on parameter 0"
	var zero T
	if (ctx).Err() != nil {
		return zero, false
	}
	return recv(ctx, ch)
}

func recv[T any](ctx context.Context, ch <-chan T) (T, bool) {
	var zero T
	select {
	case <-ctx.Done():
		return zero, false
	case v := <-ch:
		return v, true
	}
}

// SendLogged logs with the context: the log line carries its trace.
func SendLogged[T any](ctx context.Context, msg T, ch chan<- T) {
	slog.InfoContext(ctx, "sending")
	ch <- msg
}

// Ignore does nothing with its context yet.
func Ignore(ctx context.Context) {}

// Medium passes messages between workers.
type Medium interface {
	Send(ctx context.Context, msg string) bool // want Send:"waits on parameter 0"
}

// Chan is a Medium over a channel.
type Chan chan string

// Send sends msg unless ctx is done first.
func (c Chan) Send(ctx context.Context, msg string) bool { // want Send:"waits on parameter 0"
	return TrySend(ctx, msg, c)
}

// Dropping is a Medium that drops what it is sent once ctx is done.
type Dropping struct{}

// Send drops msg.
func (Dropping) Send(ctx context.Context, msg string) bool { // want Send:"waits on parameter 0"
	return ctx.Err() == nil
}

// NewMedium returns a Medium.
func NewMedium() Medium { return make(Chan, 1) }
