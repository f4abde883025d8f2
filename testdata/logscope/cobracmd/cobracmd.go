// Package cobracmd is the command-line package of a program built with
// cobra, outside package main.
package cobracmd

import (
	"flag"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

func probe() {}

// NewValidateCommand builds a command: it returns a *cobra.Command.
func NewValidateCommand() *cobra.Command {
	probe() // want `command: function NewValidateCommand that takes or returns a \*github.com/spf13/cobra.Command`
	return &cobra.Command{
		Use:  "validate",
		RunE: runValidate,
		PreRun: func(cmd *cobra.Command, args []string) {
			probe() // want `command: function literal that takes or returns a \*github.com/spf13/cobra.Command`
		},
	}
}

// runValidate is given as the RunE of the command.
func runValidate(cmd *cobra.Command, args []string) error {
	probe() // want `command: function runValidate that takes or returns a \*github.com/spf13/cobra.Command`
	printReport(args)
	return nil
}

// printReport is only called from runValidate.
func printReport(args []string) {
	probe() // want `command: function printReport only used in command code`
	for _, a := range args {
		printLine(a)
	}
}

// printLine is only called from printReport, which is command code.
func printLine(s string) {
	probe() // want `command: function printLine only used in command code`
	if s == "" {
		printLine("-") // a recursive call does not count
	}
}

// noArgs takes nothing of cobra's but is given as a Run field.
func noArgs(*cobra.Command, []string) {}

// usage is assigned to flag.Usage.
func usage() {
	probe() // want `command: function usage given as flag.Usage`
}

func init() {
	flag.Usage = usage
	cmd := &cobra.Command{Use: "x"}
	cmd.Run = noArgs
	flag.CommandLine.Usage = func() {
		probe() // want `command: function literal given as Usage of a flag.FlagSet`
	}
}

// addFlags takes a set of flags.
func addFlags(fs *pflag.FlagSet) {
	probe() // want `command: function addFlags that takes or returns a \*github.com/spf13/pflag.FlagSet`
}

// InitFromViper reads the configuration bound to the flags.
func InitFromViper(v *viper.Viper) {
	probe() // want `command: function InitFromViper that reads the command-line configuration \(\*github.com/spf13/viper.Viper\)`
}

// format is called from a command and from production code: it is not
// command code.
func format(s string) string {
	probe() // want `production`
	return s
}

// Describe is exported: another package may call it.
func Describe() string {
	probe() // want `production`
	return format("x")
}

// describeOnly is only called from an exported function of a library.
func describeOnly() {
	probe() // want `production`
}

// Serve is production code that happens to call describeOnly.
func Serve() {
	probe() // want `production`
	describeOnly()
	_ = format("y")
}

// helperInCommand is only used inside a function literal of a command.
func helperInCommand() {
	probe() // want `command: function helperInCommand only used in command code`
}

var root = &cobra.Command{
	Run: func(cmd *cobra.Command, args []string) {
		helperInCommand()
		_ = format("z")
	},
}
