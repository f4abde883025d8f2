// Package cmdoutput is the command-line package of a service's program,
// outside package main: what its commands print is the program's output.
// Beside it, the service code of the same package still logs.
package cmdoutput

import (
	"flag"
	"fmt"
	"log"
	"net/http"
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

// Handle is service code: an HTTP handler of the same package.
func Handle(w http.ResponseWriter, r *http.Request) {
	fmt.Println("handling", r.URL.Path) // want `fmt.Println writes unstructured text`
	describe()
}

// describe is called from command code and from the handler.
func describe() {
	log.Printf("describing") // want `log.Printf writes unstructured text`
}

// Summary is exported: another package may call it from service code.
func Summary() {
	fmt.Println("summary") // want `fmt.Println writes unstructured text`
}

var root = &cobra.Command{
	Run: func(cmd *cobra.Command, args []string) {
		describe()
		Summary()
	},
}

// Job is the service's own type with a RunE field: not a command.
type Job struct {
	RunE func() error
}

var refund = Job{RunE: func() error {
	fmt.Println("refunding") // want `fmt.Println writes unstructured text`
	return nil
}}
