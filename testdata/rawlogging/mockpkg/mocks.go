// Package mockpkg exists for tests: its mocks import gomock, and the mock
// server beside them, which imports nothing of the tests, is test support
// too.
package mockpkg

import (
	"fmt"

	"go.uber.org/mock/gomock"
)

// MockStore is a generated-style mock.
type MockStore struct {
	ctrl *gomock.Controller
}

// NewMockStore takes the controller.
func NewMockStore(ctrl *gomock.Controller) *MockStore {
	return &MockStore{ctrl: ctrl}
}

// Get is a method of the mock.
func (m *MockStore) Get() {
	fmt.Println("mock get")
}
