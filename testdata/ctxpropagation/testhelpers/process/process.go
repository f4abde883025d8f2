// Package process starts a server process for each test. Only one of its
// files imports a testing package, so the package is not one for tests as
// a whole; the process type declared there, which a helper hands to each
// test, is a fixture, and its methods are test support.
package process

import (
	"context"
	"net/http"
	"testing"
)

// Process is a server process started for a test.
type Process struct{ addr string }

// ForEachProcess runs f with a fresh process.
func ForEachProcess(t *testing.T, f func(t testing.TB, p *Process)) {
	f(t, &Process{})
}

// Start starts the process and polls until it is ready.
func (p *Process) Start(ctx context.Context) error { // want Start:"waits on parameter 0"
	return p.waitReady(ctx)
}

func (p *Process) waitReady(ctx context.Context) error {
	for ctx.Err() == nil {
		r, err := http.Get("http://" + p.addr + "/ready")
		if err == nil {
			return r.Body.Close()
		}
	}
	return ctx.Err()
}

// WithClient hands a production client to a test.
func WithClient(t *testing.T, f func(t *testing.T, c *Client)) {
	f(t, &Client{})
}
