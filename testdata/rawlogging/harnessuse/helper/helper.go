// Package helper is production code that also exports a test helper
// function: that does not make it a test harness.
package helper

import (
	"strings"
	"testing"
)

// Each hands every line of text to f.
func Each(text string, f func(args ...any)) {
	for _, l := range strings.Split(text, "\n") {
		f(l)
	}
}

// MustEach is a test helper.
func MustEach(t testing.TB, text string) {
	t.Helper()
	Each(text, func(args ...any) { t.Log(args...) })
}
