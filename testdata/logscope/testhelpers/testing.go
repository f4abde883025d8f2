package testhelpers

import (
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/stretchr/testify/suite"
)

// NewTestServer takes a testing.TB.
func NewTestServer(t testing.TB) {
	probe() // want `test: function NewTestServer that takes or returns a testing.TB`
	seed()
}

// seed is only called from a test helper.
func seed() {
	probe() // want `test: function seed only used in test code`
}

// StartServer returns a test server.
func StartServer() *httptest.Server {
	probe() // want `test: function StartServer that takes or returns a \*net/http/httptest.Server`
	return nil
}

// T is the project's own interface for a test.
type T interface {
	Errorf(format string, args ...any)
	FailNow()
}

// Check takes the project's own test interface.
func Check(t T) {
	probe() // want `test: function Check that takes or returns a T`
}

// HistoryRequire keeps testify's TestingT.
type HistoryRequire struct {
	t require.TestingT
}

// Print is a method of a type that holds a test.
func (h HistoryRequire) Print() {
	probe() // want `test: method of a type that holds a github.com/stretchr/testify/require.TestingT`
}

// StoreSuite is a testify suite.
type StoreSuite struct {
	suite.Suite
}

// SetupTest is a method of the suite.
func (s *StoreSuite) SetupTest() {
	probe() // want `test: method of a type that holds a github.com/stretchr/testify/suite.Suite`
}
