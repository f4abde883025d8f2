// Package driver exists to drive tests, though none of its files imports
// a testing package: it exports a harness whose methods take the test
// being run, and the clients the harness is built from.
package driver

import "otellint.test/logscope/drivelib"

func probe() {}

// Checker runs the behaviours against the services.
type Checker struct {
	orders Orders
	opts   Options
}

// Options tunes the checker.
type Options struct{ Retries int }

// NewChecker builds the harness from its clients.
func NewChecker(orders Orders, opts Options) *Checker {
	probe() // want `test: package that exists for tests \(it exports the test harness Checker and only what it is built from\)`
	return &Checker{orders: orders, opts: opts}
}

// CheckOrders is a behaviour.
func (c *Checker) CheckOrders(t drivelib.T) {
	probe() // want `test: function CheckOrders that takes or returns a otellint.test/logscope/drivelib.T`
	if _, err := c.orders.Fetch(t.Param("id")); err != nil {
		t.Errorf("fetch: %v", err)
	}
}

// retry is not exported.
func (c *Checker) retry() int { return c.opts.Retries }
