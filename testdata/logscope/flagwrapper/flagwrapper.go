// Package flagwrapper is a program's command line that hands each of its
// subcommands a typed view of the flags: a struct of its own that holds
// the *pflag.FlagSet. A function that takes that struct is the command's.
package flagwrapper

import (
	"flag"

	"github.com/spf13/pflag"
)

func probe() {}

// Flags wraps the set of flags to read typed values from it.
type Flags struct {
	*pflag.FlagSet
}

// Number reads a flag as an int.
func (f Flags) Number(name string) int {
	probe() // want `command: function Number that takes or returns a Flags, which holds a \*github.com/spf13/pflag.FlagSet`
	n, _ := f.GetInt(name)
	return n
}

// Subcommand is what each subcommand is: it takes the wrapper.
type Subcommand func(Flags) (int, error)

// Registration describes a subcommand; its set of flags is a named field.
type Registration struct {
	Name string
	Run  Subcommand
	Set  *flag.FlagSet
}

// Register adds a subcommand: it takes the registration, which holds the
// set of its flags.
func Register(r Registration) {
	probe() // want `command: function Register that takes or returns a Registration, which holds a \*flag.FlagSet`
}

func init() {
	Register(Registration{Name: "version", Run: runVersion})
	Register(Registration{Name: "env", Run: func(fl Flags) (int, error) {
		probe() // want `command: function literal that takes or returns a Flags, which holds a \*github.com/spf13/pflag.FlagSet`
		showEnv()
		return 0, nil
	}})
}

// runVersion ignores its flags, but takes them.
func runVersion(_ Flags) (int, error) {
	probe() // want `command: function runVersion that takes or returns a Flags, which holds a \*github.com/spf13/pflag.FlagSet`
	showEnv()
	return 0, nil
}

// showEnv is called only from the subcommands.
func showEnv() {
	probe() // want `command: function showEnv only used in command code`
}

// describe is called from a subcommand and from the service.
func describe() string {
	probe() // want `production`
	return "x"
}

func runDescribe(fl Flags) (int, error) {
	_ = describe()
	return fl.Number("n"), nil
}

var _ = Registration{Name: "describe", Run: runDescribe}
