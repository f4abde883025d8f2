// Package cmdexec holds a program's commands outside package main: the
// function that runs the root command parses the program's command line,
// and what it prints is the program's output.
package cmdexec

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

var rootCmd = &cobra.Command{Use: "tool"}

// errSilent fails without a message.
var errSilent = errors.New("silent")

// Execute runs the command line; main calls it.
func Execute() {
	if err := rootCmd.Execute(); err != nil {
		if !errors.Is(err, errSilent) {
			fmt.Println(err)
		}
		os.Exit(1)
	}
}

// ExecuteContext runs the command line with a context.
func ExecuteContext(ctx context.Context) {
	if err := rootCmd.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		cleanUp()
		os.Exit(1)
	}
}

// cleanUp removes the program's temporary files.
func cleanUp() { _ = os.RemoveAll(os.TempDir() + "/tool") }
