// Package testhelpers shows test support outside _test.go files: code
// only tests run loses no production trace.
package testhelpers

import (
	"context"
	"net/http"
	"testing"
)

func create(ctx context.Context) error { return nil }

// NewNetwork is a test helper: it takes the test.
func NewNetwork(t testing.TB, ctx context.Context) {
	if err := create(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// MockHandler returns a handler for a test server.
func MockHandler(t *testing.T) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_ = create(context.Background())
	}
}

// Handler is production code of the same package.
func Handler(w http.ResponseWriter, r *http.Request) {
	_ = create(context.Background()) // want `context.Background\(\) drops the trace of r.Context\(\)`
}
