// Command otellint runs the otellint suite of OpenTelemetry analyzers.
//
//	otellint ./...                          # standalone
//	go vet -vettool=$(which otellint) ./... # through go vet
//	otellint help [pass]
//
// Exit status of a standalone run: 0 no findings, 3 findings, 1 load or
// analysis error, 2 usage error.
package main

import (
	"fmt"
	"os"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/driver"
)

func main() {
	as, err := otellint.Analyzers(otellint.DefaultConfig())
	if err != nil {
		fmt.Fprintln(os.Stderr, "otellint:", err) //otellint:ignore rawlogging the command's own error output, not a log line
		os.Exit(driver.ExitError)
	}
	if driver.IsVetInvocation(os.Args[1:]) {
		driver.Vet(as, os.Args[1:], os.Stderr) // never returns
	}
	os.Exit(driver.Run(as, os.Args[1:], os.Stdout, os.Stderr))
}
