// Package harnessuse starts daemons for integration tests and prints
// their logs through the harness when they fail to start.
package harnessuse

import (
	"bytes"
	"errors"
	"log"

	"otellint.test/rawlogging/harness"
	"otellint.test/rawlogging/harnessuse/helper"
)

// start fails and lets the harness print the daemon's logs: the harness
// prints to the test's output, not this package's log.
func start(logs map[string]*bytes.Buffer) error {
	harness.PrintLogs(logs, log.Println)
	return errors.New("daemon did not start")
}

// dump hands the standard logger to production code that prints with
// it: raw lines in the service's log.
func dump(text string) {
	helper.Each(text, log.Println) // want `log.Println used as a logging function writes unstructured text`
}

// local keeps the printer in this package.
func local(logs map[string]*bytes.Buffer) {
	f := log.Println // want `log.Println used as a logging function writes unstructured text`
	for name := range logs {
		f(name)
	}
}
