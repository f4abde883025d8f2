// Package genmocks is a production package beside generated mocks of its
// interfaces: generated files do not make a package one for tests.
package genmocks

import "context"

func probe(context.Context) {}

// Resolver is production code.
type Resolver interface {
	Lookup(ctx context.Context) string
}

// Resolve is production code.
func Resolve(ctx context.Context) {
	probe(ctx) // want "production"
}
