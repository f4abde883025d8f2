package testhelpers

import "testing"

func TestServe(t *testing.T) {
	probe() // want `test: test file`
	Serve()
}
