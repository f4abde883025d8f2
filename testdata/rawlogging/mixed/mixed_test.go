package mixed

import (
	"testing"

	"github.com/sirupsen/logrus"
)

// Tests may use any logger.
func TestMixed(t *testing.T) {
	logrus.Info("test")
}
