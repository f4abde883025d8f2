// Command otellint runs the otellint suite of OpenTelemetry analyzers.
//
//	otellint ./...                       # standalone
//	go vet -vettool=$(which otellint) ./...
//	otellint help [pass]
//
// Exit status: 0 clean, 3 findings, 1 load or analysis error, 2 usage.
package main

import (
	"github.com/otellint/otellint/internal/driver"
)

func main() { driver.Main() }
