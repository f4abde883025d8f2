// Package procexit ends the process for its callers; its facts tell them
// so.
package procexit

import (
	"context"
	"os"
	"time"
)

var hooks []func(context.Context) error

// Quit runs the exit hooks with ctx, then ends the process from a
// goroutine so that its caller can answer first.
func Quit(ctx context.Context, code int) { // want Quit:"ends the process"
	for _, h := range hooks {
		if h(ctx) != nil {
			code = 1
		}
	}
	go func() {
		defer os.Exit(code)
		time.Sleep(100 * time.Millisecond)
	}()
}

// Abort ends the process through Quit; its context reaches nothing
// else.
func Abort(ctx context.Context) { // want Abort:"ends the process" Abort:"waits on parameter 0"
	Quit(ctx, 2)
}

// Check ends the process only on an error branch; otherwise it returns
// to its caller's work: no fact.
func Check(ctx context.Context, err error) {
	if err != nil {
		os.Exit(1)
	}
	for _, h := range hooks {
		_ = h(ctx)
	}
}
