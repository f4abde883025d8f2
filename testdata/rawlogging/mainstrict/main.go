// Command mainstrict is checked with -rawlogging.allow-main=false.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	fmt.Println("usage: tool [flags]")                 // want `fmt.Println writes unstructured text`
	fmt.Fprintln(os.Stderr, "bad flag")                // want `fmt.Fprintln to os.Stderr writes unstructured text`
	log.Fatalf("cannot start: %v", os.ErrNotExist)     // want `log.Fatalf writes unstructured text`
	fmt.Fprintln(os.NewFile(3, "fd3"), "not a stream") // any other writer is not logging
}
