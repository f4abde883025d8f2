// Package testhelpers shows test support outside _test.go files: code
// only tests run loses no production trace.
package testhelpers

import (
	"context"
	"database/sql"
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

// lease is a suite of an integration test: its Run takes the test, so
// the requests it builds without a context serve only that test.
type lease struct{ db *sql.DB }

func (l *lease) Run(t *testing.T, ctx context.Context) {
	req, err := http.NewRequest(http.MethodPost, "http://localhost/lease", nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = req
	check := func() {
		resp, err := http.Get("http://localhost/healthz")
		if err == nil {
			resp.Body.Close()
		}
	}
	check()
	_, _ = l.db.Exec("DELETE FROM leases")
}

// Renew is production code of the same package: its request and query
// lose ctx's trace.
func (l *lease) Renew(ctx context.Context) {
	req, _ := http.NewRequest(http.MethodPost, "http://localhost/lease", nil) // want `http.NewRequest creates a request without ctx`
	_ = req
	_, _ = l.db.Exec("UPDATE leases SET renewed = 1") // want `Exec runs without ctx`
}
