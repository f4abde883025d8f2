// Package subcmd adds a subcommand to the program of another package: its
// function takes that program's wrapper of the flags.
package subcmd

import "otellint.test/logscope/flagwrapper"

func probe() {}

func init() {
	flagwrapper.Register(flagwrapper.Registration{Name: "hash", Run: runHash})
}

// runHash prompts and prints the result.
func runHash(fl flagwrapper.Flags) (int, error) {
	probe() // want `command: function runHash that takes or returns a otellint.test/logscope/flagwrapper.Flags, which holds a \*github.com/spf13/pflag.FlagSet`
	prompt()
	return 0, nil
}

// prompt is called only from the subcommand.
func prompt() {
	probe() // want `command: function prompt only used in command code`
}

// Hash is the library function the subcommand stands on.
func Hash(s string) string {
	probe() // want `production`
	return s
}
