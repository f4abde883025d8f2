// Package startupbanner prints a notice framed for the terminal at
// start-up, before any logger exists, beside one-line messages that are
// log lines.
package startupbanner

import (
	"fmt"
	"log"
	"os"
)

// PrintEOL warns the operator that the version is end of life: a banner
// of several lines of constant text is not a log record.
func PrintEOL() {
	fmt.Fprintln(os.Stderr, `
*************************************************
WARNING: this version reaches end of life soon.
Upgrade to the next major version.
*************************************************`)
	fmt.Print("=====\nserver\n=====\n")
}

// Warn writes one line of constant text: a log line.
func Warn() {
	fmt.Fprintln(os.Stderr, "WARNING: this version reaches end of life soon") // want `fmt.Fprintln to os.Stderr writes unstructured text`
	log.Println("listening\n")                                                // want `log.Println writes unstructured text`
}

// Report writes several lines that carry values: a log message.
func Report(n int) {
	fmt.Printf("=====\nserved %d requests\n=====\n", n) // want `fmt.Printf writes unstructured text`
}
