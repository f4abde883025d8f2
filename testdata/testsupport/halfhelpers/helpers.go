// Package halfhelpers is a tie: one of its two hand-written files imports
// "testing" and offers helpers, the other a client those helpers use. It
// is taken to exist for tests, as such packages mostly are.
package halfhelpers

import (
	"context"
	"testing"
)

func probe(context.Context) {}

// NewTestServer starts a server for a test.
func NewTestServer(t testing.TB) string {
	probe(context.Background()) // want "test support"
	return ""
}

// CreateRandomString takes no test, but the package exists for tests.
func CreateRandomString(n int) string {
	probe(context.Background()) // want "test support"
	return ""
}
