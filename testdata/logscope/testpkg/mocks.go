// Package testpkg exists for tests: its mocks import gomock, and the mock
// server beside them is test support too.
package testpkg

import "go.uber.org/mock/gomock"

func probe() {}

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
	probe() // want `test: method of a type that holds a \*go.uber.org/mock/gomock.Controller`
}
