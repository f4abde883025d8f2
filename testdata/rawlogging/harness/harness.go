// Package harness runs integration tests in sandboxes: a test harness
// whose contract types take the test being run. Only a few of its files
// import testing, so it is not a package that exists for tests by its
// imports alone.
package harness

import (
	"bufio"
	"bytes"
	"testing"
)

// Sandbox is what a test runs in.
type Sandbox interface {
	Logs() map[string]*bytes.Buffer
	PrintLogs(t *testing.T)
}

// PrintLogs hands each line of the daemons' logs to f.
func PrintLogs(logs map[string]*bytes.Buffer, f func(args ...any)) {
	for name, l := range logs {
		f(name)
		s := bufio.NewScanner(l)
		for s.Scan() {
			f(s.Text())
		}
	}
}
