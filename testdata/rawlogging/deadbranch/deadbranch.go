// Package deadbranch prints in branches of if statements: one whose
// condition is false in every build never runs; one whose condition is a
// named constant or a variable may.
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

// verbose is a named constant: a build may set it otherwise.
const verbose = false

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
		log.Printf("verbose") // want `log.Printf writes unstructured text`
	}
	if runtime.GOOS == "plan9" {
		fmt.Println("on plan9") // want `fmt.Println writes unstructured text`
	}
}
