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

// WaitHealthy is a test helper: its request, with a context in scope,
// polls a server the test started.
func WaitHealthy(t testing.TB, ctx context.Context, url string) {
	r, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
}

// Healthy is production code of the same package.
func Healthy(ctx context.Context, url string) error {
	r, err := http.Get(url) // want `http.Get sends the request without ctx`
	if err != nil {
		return err
	}
	return r.Body.Close()
}
