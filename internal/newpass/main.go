//go:build ignore

// Command newpass adds a pass to the suite. From the repository root:
//
//	go run ./internal/newpass/main.go NAME
//
// (A file with the ignore build tag, so that "go install ./..." installs
// only the otellint command.)
package main

import (
	"fmt"
	"os"
	"os/exec"

	"github.com/otellint/otellint/internal/newpass"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/newpass/main.go NAME")
		os.Exit(2)
	}
	name := os.Args[1]
	if err := newpass.Scaffold(".", name); err != nil {
		fmt.Fprintln(os.Stderr, "newpass:", err)
		os.Exit(1)
	}
	gen := exec.Command("go", "generate", ".")
	gen.Stdout, gen.Stderr = os.Stdout, os.Stderr
	if err := gen.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "newpass: go generate:", err)
		os.Exit(1)
	}
	fmt.Printf("added passes/%s, testdata/%s/basic and its registry line; now write its doc.go (the SCAFFOLD parts) and its checks\n", name, name)
}
