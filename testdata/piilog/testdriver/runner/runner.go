// Package runner runs integration behaviours outside "go test"; its T is
// the test being run (it has FailNow).
package runner

// T records the outcome of a behaviour.
type T interface {
	Param(key string) string
	Errorf(format string, args ...any)
	FailNow()
}
