// Package testhelpers is a production package with one file of test
// helpers among its files: the helpers are test support, the rest is not.
package testhelpers

func probe() {}

// Serve is production code.
func Serve() {
	probe() // want `production`
}
