// Command rawprintmain prints its output: silent by default in package main.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	fmt.Println("usage: tool [flags]")
	fmt.Fprintln(os.Stderr, "bad flag")
	log.Fatalf("cannot start: %v", os.ErrNotExist)
}
