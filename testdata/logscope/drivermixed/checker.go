// Package drivermixed exports a harness beside a production API that the
// harness is not built from: the package is production code, only the
// behaviours are test support.
package drivermixed

import "otellint.test/logscope/drivelib"

func probe() {}

// Checker runs the behaviours.
type Checker struct{ orders Orders }

// Orders is the client the checker holds.
type Orders interface {
	Fetch(id string) ([]byte, error)
}

// CheckOrders is a behaviour.
func (c *Checker) CheckOrders(t drivelib.T) {
	probe() // want `test: function CheckOrders that takes or returns a otellint.test/logscope/drivelib.T`
}

// Invoice is the service's own type, which the harness is not built from.
type Invoice struct{ ID string }

// Bill is production code.
func Bill(inv Invoice) {
	probe() // want `production`
}
