// Package exitmessage prints the last words of a process that ends, which
// are the program's output, beside prints after which the process goes
// on, which are log lines.
package exitmessage

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
)

// FatalIfErr is the fatal helper of a code generator's library: the
// process ends with the message.
func FatalIfErr(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// Fatalf wraps log.Fatalf.
func Fatalf(format string, v ...any) {
	log.Fatalf(format, v...)
}

// ExitOnError prints the error for whoever runs the example program and
// exits.
func ExitOnError(err error) {
	if err == nil {
		return
	}
	fmt.Printf("An error occurred: %+v\n", err)
	fmt.Println("see the documentation")
	os.Exit(1)
}

// WriteConfig fails the start-up of a test daemon with a message on
// stderr.
func WriteConfig(f *os.File) {
	if _, err := f.WriteString("version = 2\n"); err != nil {
		fmt.Fprintf(os.Stderr, "failed to write the config file %s: %s\n", f.Name(), err)
		os.Exit(1)
	}
}

// Retry prints and goes on: a log line.
func Retry(err error) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "retrying: %s\n", err) // want `fmt.Fprintf to os.Stderr writes unstructured text`
		return
	}
}

// Cleanup prints, does more work, then exits: only the print right
// before the exit is a farewell.
func Cleanup(err error) {
	log.Printf("cleaning up after %v", err) // want `log.Printf writes unstructured text`
	_ = os.Remove("/tmp/state")
	fmt.Println("bye")
	os.Exit(2)
}

// Panics: log.Panic unwinds the goroutine, the process may well go on.
func Panics(err error) {
	log.Panicf("unexpected: %v", err) // want `log.Panicf writes unstructured text`
}

// PrintConfig prints the configuration and exits, as -print.config asks;
// a failure to encode it is the last words too, the exit following the
// if whose branch prints it.
func PrintConfig(cfg map[string]string, enabled bool) {
	if enabled {
		if err := json.NewEncoder(os.Stdout).Encode(cfg); err != nil {
			fmt.Println("cannot print the configuration:", err)
		} else if len(cfg) == 0 {
			fmt.Println("empty configuration")
		}
		os.Exit(0)
	}
}

// Skip prints in a branch and goes on after it: a log line.
func Skip(cfg map[string]string) {
	if len(cfg) == 0 {
		fmt.Println("no configuration") // want `fmt.Println writes unstructured text`
	}
	cfg["loaded"] = "true"
	os.Exit(0)
}

// Loop prints in a loop before the exit: each round goes on.
func Loop(errs []error) {
	for _, err := range errs {
		if err != nil {
			fmt.Println(err) // want `fmt.Println writes unstructured text`
		}
	}
	os.Exit(1)
}

// exitOnFatal is false in tests, which recover from the panic.
var exitOnFatal = true

// sink is the log's own writer.
type sink interface{ Severe(msg string) }

// Must is a logging library's fatal helper: the message goes to the
// standard logger and to the log's own writer as well, and the process
// ends, or panics with it where it is set not to exit.
func Must(w sink, err error) {
	if err == nil {
		return
	}
	msg := err.Error()
	log.Print(msg)
	w.Severe(msg)
	if exitOnFatal {
		os.Exit(1)
	} else {
		panic(msg)
	}
}

// Note hands another text on between the print and the exit: the print
// is a log line that other work follows.
func Note(w sink, err error) {
	msg := err.Error()
	log.Print(msg) // want `log.Print writes unstructured text`
	w.Severe("noted")
	os.Exit(1)
}

// MaybeExit ends the process only in one branch: without an else, the
// function goes on.
func MaybeExit(err error) {
	msg := err.Error()
	log.Print(msg) // want `log.Print writes unstructured text`
	if exitOnFatal {
		os.Exit(1)
	}
}

// Recover panics in every branch, which a caller may recover from: the
// process may well go on.
func Recover(err error) {
	msg := err.Error()
	log.Print(msg) // want `log.Print writes unstructured text`
	if exitOnFatal {
		panic(msg)
	} else {
		panic(err)
	}
}
