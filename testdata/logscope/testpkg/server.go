package testpkg

import "net/http"

// MockServer serves canned answers; it imports nothing of the tests.
type MockServer struct{ srv *http.Server }

// Start runs the server.
func (s *MockServer) Start() {
	probe() // want `test: package that exists for tests \(it imports go.uber.org/mock/gomock and exports test helpers\)`
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		probe() // want `test: package that exists for tests`
	})
}
