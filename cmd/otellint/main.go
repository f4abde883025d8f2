// Command otellint runs the otellint suite of OpenTelemetry analyzers.
//
//	otellint ./...                          # standalone
//	go vet -vettool=$(which otellint) ./... # through go vet
//	otellint help [pass]
//
// Exit status of a standalone run: 0 no findings, 3 findings, 1 load or
// analysis error, 2 usage error.
package main

import "github.com/otellint/otellint/internal/driver"

func main() { driver.Main() }
