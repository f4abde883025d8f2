package mockpkg

import (
	"log"
	"net/http"
)

// MockOIDCServer serves canned keys.
type MockOIDCServer struct{ srv *http.Server }

// Start runs the server; its failures end the test binary.
func (s *MockOIDCServer) Start() {
	go func() {
		if err := s.srv.ListenAndServe(); err != nil {
			log.Fatalf("mock server: %v", err)
		}
	}()
	log.Println("mock OIDC server started")
}
