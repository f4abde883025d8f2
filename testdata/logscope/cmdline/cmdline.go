// Package cmdline keeps the main function of a tool outside package main:
// Main reads os.Args itself.
package cmdline

import (
	"errors"
	"flag"
	"os"

	"github.com/spf13/viper"
)

func probe() {}

// Main is the tool's entry point.
func Main() {
	probe() // want `command: function Main that reads the command line \(os.Args\)`
	if len(os.Args) < 2 {
		return
	}
	r := &runner{}
	r.runAll(os.Args[1:])
}

type runner struct{}

// runAll is a method called only from Main.
func (r *runner) runAll(args []string) {
	probe() // want `command: function runAll only used in command code`
	for range args {
		r.attempt()
	}
}

// attempt is called only from runAll.
func (r *runner) attempt() {
	probe() // want `command: function attempt only used in command code`
}

// Parse parses the flags of the program.
func Parse() {
	flag.Parse()
	probe() // want `command: function Parse that reads the command line \(flag.Parse\)`
}

// Args takes the arguments as a parameter: it does not read the command
// line.
func Args(args []string) {
	probe() // want `production`
}

// Config is the program's configuration.
type Config struct{ Level string }

// Verify checks the configuration at start-up and reads the global
// configuration bound to the flags.
func (c *Config) Verify() error {
	probe() // want `command: function Verify that reads the command line \(viper.IsSet\)`
	if viper.IsSet("cache.limit") {
		return errors.New("deprecated flag")
	}
	return nil
}

// Valid checks a value without reading the configuration.
func (c *Config) Valid() bool {
	probe() // want `production`
	return c.Level != ""
}
