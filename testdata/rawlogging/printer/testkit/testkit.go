// Package testkit drives a test: what it prints goes to the test's
// output.
package testkit

import (
	"testing"

	"otellint.test/rawlogging/printer/debug"
)

// Poll polls for items during a test and prints them.
func Poll(t *testing.T, items []debug.Item) {
	t.Helper()
	debug.Dump(items, "polled")
	debug.Each(items)
}
