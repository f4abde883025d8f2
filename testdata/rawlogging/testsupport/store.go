package testsupport

import "fmt"

// Store is production code in a second file that imports nothing of the
// tests: one file of test helpers among several does not make the
// package one for tests.
func Store() {
	fmt.Println("stored") // want `fmt.Println writes unstructured text`
}
