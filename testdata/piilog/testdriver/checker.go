// Package testdriver drives integration tests: it exports a harness
// whose methods take the test being run and the client it is built
// from. The bodies it logs are the answers of the service under test.
package testdriver

import (
	"go.uber.org/zap"

	"otellint.test/piilog/testdriver/runner"
)

// Checker runs the behaviours.
type Checker struct {
	api    API
	logger *zap.Logger
}

// NewChecker builds the harness.
func NewChecker(api API, logger *zap.Logger) *Checker {
	return &Checker{api: api, logger: logger}
}

// RoundTrip is a behaviour.
func (c *Checker) RoundTrip(t runner.T) {
	if _, err := c.api.Get(t.Param("id")); err != nil {
		t.Errorf("get: %v", err)
	}
}
