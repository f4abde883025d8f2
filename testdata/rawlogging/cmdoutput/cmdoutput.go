// Package cmdoutput holds a service's command line beside its service
// code, outside package main: what its commands print is the program's
// output, while the service code of the same package still logs.
package cmdoutput

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	"github.com/urfave/cli/v2"
)

// NewValidateCommand gives a named function as RunE.
func NewValidateCommand() *cobra.Command {
	log.Println("building the validate command") // a command's constructor
	return &cobra.Command{Use: "validate", RunE: runValidate}
}

func runValidate(cmd *cobra.Command, args []string) error {
	fmt.Println("validating")
	printResults(args)
	return nil
}

// printResults is called only from runValidate.
func printResults(args []string) {
	for _, a := range args {
		fmt.Printf("ok: %s\n", a)
	}
}

// NewApp is an urfave/cli application whose Action calls a helper.
func NewApp() *cli.App {
	app := cli.NewApp()
	app.Action = func(c *cli.Context) error {
		fmt.Fprintln(os.Stderr, "notifying")
		return notify(c.String("run-id"))
	}
	return app
}

// notify is called only from the action.
func notify(id string) error {
	fmt.Println("notified", id)
	return nil
}

func init() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: %s [flags]\n", os.Args[0])
	}
}

// Main is the program's entry point outside package main.
func Main() {
	if len(os.Args) < 2 {
		log.Fatalf("expected a command")
	}
}

// Config is the program's configuration, bound to its flags.
type Config struct{ Level string }

// Verify warns about deprecated flags.
func (c *Config) Verify() error {
	if viper.IsSet("cache.limit") {
		fmt.Println("WARNING: cache.limit is deprecated")
	}
	return nil
}

var root = &cobra.Command{
	Run: func(cmd *cobra.Command, args []string) {
		describe()
		Summary()
	},
}
