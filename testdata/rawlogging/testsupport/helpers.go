package testsupport

import (
	"fmt"
	"log"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/stretchr/testify/suite"
)

// StartCluster takes the test being run.
func StartCluster(t testing.TB) {
	fmt.Println("starting a test cluster")
	seed()
}

// seed is only called from a test helper.
func seed() {
	log.Printf("seeding")
}

// HistoryRequire keeps the test; its printers write to the test output.
type HistoryRequire struct {
	t require.TestingT
}

// PrintHistory prints a history for a failing test.
func (h HistoryRequire) PrintHistory(events []string) {
	fmt.Println(events)
}

// StoreSuite is a testify suite.
type StoreSuite struct {
	suite.Suite
}

// SetupTest prints while setting up a test.
func (s *StoreSuite) SetupTest() {
	fmt.Println("set up")
}
