// Package loops shows loop bodies: bounded loops in neutral code are
// request-scoped, in set-up code they are not; event loops always are.
package loops

import (
	"context"
	"time"
)

func probe() {}

func each(ids []string) {
	for range ids {
		probe() // want `request-scoped: loop body`
	}
	probe() // want `neutral`
}

func table(names []string) map[string]int {
	m := map[string]int{}
	for i := 0; i < len(names); i++ {
		probe() // want `request-scoped: loop body`
	}
	return m
}

// The ranged expression and the init statement run once.
func once(ids []string) {
	for _, x := range list(probe) { // want `neutral`
		_ = x
	}
	for i := first(probe); i < 3; i++ { // want `neutral`
	}
}

func list(f func()) []string { f(); return nil }
func first(f func()) int     { f(); return 0 }

// A bounded loop in set-up code builds a table once.
func NewTable(names []string) {
	for range names {
		probe() // want `init: set-up function NewTable`
	}
}

// An event loop is per message even in set-up code.
func NewWorker(ch chan string) {
	for msg := range ch {
		_ = msg
		probe() // want `request-scoped: event loop`
	}
	go func() {
		t := time.NewTicker(time.Second)
		for {
			<-t.C
			probe() // want `request-scoped: event loop`
		}
	}()
}

// A goroutine that loops over a bounded set in set-up code: per iteration.
func NewPoller(ids []string) {
	go func() {
		for range ids {
			probe() // want `request-scoped: loop body`
		}
	}()
	func() {
		for range ids {
			probe() // want `init: set-up function NewPoller`
		}
	}()
}

// In a handler the handler wins as the reason.
func process(ctx context.Context, ids []string) {
	for range ids {
		probe() // want `request-scoped: function process that takes a request context`
	}
}
