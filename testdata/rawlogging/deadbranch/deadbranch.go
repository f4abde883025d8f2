// Package deadbranch prints in branches of if statements: one whose
// condition is false in every build never runs, nor does a function
// called only from such branches; one whose condition is a variable, or a
// constant a build may declare otherwise, may.
package deadbranch

import (
	"fmt"
	"log"
	"runtime"
	"time"
)

// Mktime keeps a field it does not use yet alive with a branch that never
// runs.
func Mktime(year, month, day int, isdst bool) int64 {
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.Local)
	// TODO: daylight saving time
	if false {
		print(isdst)
	}
	if !true {
		fmt.Println("never")
	}
	if true {
		return t.Unix()
	} else {
		log.Printf("never either")
	}
	return 0
}

// verbose is a named constant of a file without a build constraint: no
// build can declare it otherwise.
const verbose = false

// chatty follows from verbose.
const chatty = verbose && true

// Describe prints where the condition can hold.
func Describe(isdst, debug bool) {
	if true {
		print(isdst) // want `builtin print writes unstructured text`
	}
	if false {
		// the else of a false condition runs
	} else {
		fmt.Println("always") // want `fmt.Println writes unstructured text`
	}
	if debug {
		fmt.Println("debugging") // want `fmt.Println writes unstructured text`
	}
	if verbose {
		log.Printf("verbose")
		trace("describing %v", isdst)
	}
	if chatty {
		trace("chatty")
	}
	if tracing {
		log.Printf("tracing") // want `log.Printf writes unstructured text`
	}
	note("described")
	if runtime.GOOS == "plan9" {
		fmt.Println("on plan9") // want `fmt.Println writes unstructured text`
	}
}

// trace is called only where verbose guards it: it never runs.
func trace(format string, args ...any) {
	log.Printf(format, args...)
}

// note is called where nothing guards it.
func note(format string, args ...any) {
	log.Printf(format, args...) // want `log.Printf writes unstructured text`
	if false {
		note("again")
	}
}
