// Package kongcmd holds the commands of a kong command line beside a
// service of the same package: a command's Run method, which kong calls
// with the *kong.Kong or *kong.Context bound to it, and the helpers only
// it calls print the program's output; the service still logs.
package kongcmd

import (
	"fmt"
	"os"

	"github.com/alecthomas/kong"
)

// ShellCmd is an interactive command whose Run takes the parser.
type ShellCmd struct {
	History string `help:"Path to the history file"`
}

// Run starts the shell.
func (c *ShellCmd) Run(k *kong.Kong) error {
	defer func() {
		if err := os.WriteFile(c.History, nil, 0o600); err != nil {
			fmt.Fprintf(os.Stderr, "could not save the history: %v\n", err)
		}
	}()
	path := historyFile(c.History)
	fmt.Fprintln(k.Stdout, "history in", path)
	return nil
}

// historyFile is called only from the command's Run.
func historyFile(path string) string {
	if path == "" {
		fmt.Fprintln(os.Stderr, "history is disabled")
	}
	return path
}

// VersionCmd's Run takes the parsed command line's context.
type VersionCmd struct{}

// Run prints the version.
func (VersionCmd) Run(ctx *kong.Context) error {
	fmt.Println("v1.2.3", ctx.Command())
	return nil
}

// PurgeCmd is a command that calls the shared helper.
type PurgeCmd struct{}

// Run purges the cache.
func (PurgeCmd) Run(ctx *kong.Context) error {
	cleanup()
	return nil
}
