// Package helpers mixes production code with test helpers kept outside
// _test.go files.
package helpers

import (
	"context"
	"testing"
)

func probe(context.Context) {}

// Serve is production code.
func Serve(ctx context.Context) {
	probe(ctx) // want "production"
	go func() {
		probe(ctx) // want "production"
	}()
}

// StartServer is a test helper: it takes the test being run.
func StartServer(t *testing.T, ctx context.Context) {
	probe(ctx) // want "test support"
	t.Cleanup(func() {
		probe(context.Background()) // want "test support"
	})
}

// MustLoad takes a testing.TB.
func MustLoad(tb testing.TB) {
	probe(context.Background()) // want "test support"
}

// Suite is a test suite: it holds the test.
type Suite struct {
	t   *testing.T
	ctx context.Context
}

func (s *Suite) Run() {
	probe(s.ctx) // want "test support"
}

// Options holds no test: its methods are production code.
type Options struct{ ctx context.Context }

func (o *Options) Apply() {
	probe(o.ctx) // want "production"
}
