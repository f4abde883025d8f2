// Package testsupport is a production package with one file of test
// support: helpers that take the test, a testify suite and a type that
// keeps the test print to the test's output.
package testsupport

import (
	"fmt"
	"log"
)

// Serve is production code.
func Serve() {
	fmt.Println("serving") // want `fmt.Println writes unstructured text`
}

// Dump is exported production code that a test might call too.
func Dump(events []string) {
	for _, e := range events {
		fmt.Println(e) // want `fmt.Println writes unstructured text`
	}
	log.Print("dumped") // want `log.Print writes unstructured text`
}
