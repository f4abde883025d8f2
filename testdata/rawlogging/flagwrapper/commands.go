// Package flagwrapper is the command line of a server, beside the server
// code: each subcommand takes the program's own typed view of its flags,
// a struct that holds the *pflag.FlagSet, and what it prints is the
// subcommand's output.
package flagwrapper

import (
	"fmt"
	"os"

	"github.com/spf13/pflag"
)

// Flags wraps the set of flags.
type Flags struct {
	*pflag.FlagSet
}

// Text reads a flag as a string.
func (f Flags) Text(name string) string {
	v, err := f.GetString(name)
	if err != nil {
		fmt.Fprintf(os.Stderr, "reading flag %s: %v\n", name, err)
	}
	return v
}

// Subcommand is the type of every subcommand.
type Subcommand func(Flags) (int, error)

// Subcommands are installed by name.
var Subcommands = map[string]Subcommand{}

func init() {
	Subcommands["version"] = runVersion
	Subcommands["environ"] = runEnviron
}

// runVersion ignores its flags.
func runVersion(_ Flags) (int, error) {
	fmt.Println("v1.2.3")
	return 0, nil
}

// runEnviron prints the environment, also through a helper.
func runEnviron(fl Flags) (int, error) {
	if fl.Text("format") == "json" {
		fmt.Println("{}")
		return 0, nil
	}
	printEnvironment()
	return 0, nil
}

// printEnvironment is called only from subcommands.
func printEnvironment() {
	for _, kv := range os.Environ() {
		fmt.Println(kv)
	}
}
