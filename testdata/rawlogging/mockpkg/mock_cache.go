package mockpkg

import "go.uber.org/mock/gomock"

// MockCache is another mock.
type MockCache struct {
	ctrl *gomock.Controller
}

// NewMockCache takes the controller.
func NewMockCache(ctrl *gomock.Controller) *MockCache {
	return &MockCache{ctrl: ctrl}
}
