// Package mockspkg gathers the generated mocks of other packages'
// interfaces and a hand-written mock server: a package for tests.
package mockspkg

import (
	"context"
	"net/http"
)

func probe(context.Context) {}

// MockServer serves canned answers; its file imports nothing of the
// tests.
type MockServer struct{ srv *http.Server }

// Start runs the server.
func (s *MockServer) Start(ctx context.Context) {
	probe(ctx) // want "test support"
}
