// Package driver is the otellint command: the go vet tool protocol and the
// standalone runner over the suite's registry.
package driver

import (
	"log"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/otellint/otellint"
)

// Main runs the command and exits.
func Main() {
	as, err := otellint.Analyzers(otellint.DefaultConfig())
	if err != nil {
		log.Fatal(err)
	}
	multichecker.Main(as...)
}
