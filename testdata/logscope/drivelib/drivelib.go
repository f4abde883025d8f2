// Package drivelib runs test behaviours over HTTP, outside "go test": its T
// is the test being run, recognised by its FailNow method.
package drivelib

// T records the outcome of a behaviour.
type T interface {
	Param(key string) string
	Errorf(format string, args ...any)
	Successf(format string, args ...any)
	FailNow()
}

// Behaviours maps a behaviour's name to the function that runs it.
type Behaviours map[string]func(T)
