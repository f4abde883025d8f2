// Package genmocks is a production package beside the generated mocks of
// its own interfaces: they do not make the package one for tests.
package genmocks

import "context"

func probe(context.Context) {}

// Resolver is production code.
type Resolver interface {
	Lookup(ctx context.Context) string
}

// Store is production code.
type Store interface {
	Get(ctx context.Context) string
}

// Resolve is production code.
func Resolve(ctx context.Context) {
	probe(ctx) // want "production"
}
