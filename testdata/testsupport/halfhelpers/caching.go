// Package halfhelpers is a production dispatcher whose main file also
// offers a cache for tests: one of its two files imports "testing", and
// the package does not exist for tests.
package halfhelpers

import (
	"context"
	"testing"
)

func probe(context.Context) {}

// Dispatcher caches the answers of its delegate.
type Dispatcher struct{ cache map[string]any }

// NewDispatcher is production code.
func NewDispatcher(cache map[string]any) *Dispatcher {
	return &Dispatcher{cache: cache}
}

// Dispatch is production code.
func (d *Dispatcher) Dispatch(ctx context.Context) {
	probe(ctx) // want "production"
}

// TestCache gives a test a cache: it takes the test being run.
func TestCache(t testing.TB) map[string]any {
	probe(context.Background()) // want "test support"
	return map[string]any{}
}
