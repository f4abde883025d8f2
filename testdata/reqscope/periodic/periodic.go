// Package periodic shows periodic jobs: a function called only on the
// ticks of a background timer loop, with contexts that carry no caller's
// trace, is neither set-up nor request code. Called also from a handler,
// given the caller's context, or waited for once, it stays request-scoped.
package periodic

import (
	"context"
	"net/http"
	"time"
)

func probe() {}

type cleaner struct {
	ticker *time.Ticker
	stop   chan struct{}
	ctx    context.Context
}

func newCleaner() *cleaner {
	c := &cleaner{ticker: time.NewTicker(time.Minute), stop: make(chan struct{}), ctx: context.Background()}
	go c.loop()
	go c.poll()
	return c
}

// loop is the timer loop the constructor starts.
func (c *cleaner) loop() {
	for {
		select {
		case <-c.ticker.C:
			c.sweep(context.Background())
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			c.compact(ctx)
			cancel()
			c.vacuum(c.ctx)
			c.purge(context.Background())
		case <-c.stop:
			return
		}
	}
}

func (c *cleaner) sweep(ctx context.Context) {
	probe() // want `neutral: periodic job sweep`
}

func (c *cleaner) compact(ctx context.Context) {
	probe() // want `neutral: periodic job compact`
}

func (c *cleaner) vacuum(ctx context.Context) {
	probe() // want `neutral: periodic job vacuum`
}

// poll ranges over the ticks themselves.
func (c *cleaner) poll() {
	for now := range time.Tick(time.Second) {
		_ = now
		c.refresh(context.TODO())
	}
}

func (c *cleaner) refresh(ctx context.Context) {
	probe() // want `neutral: periodic job refresh`
}

// purge is also called per request.
func (c *cleaner) purge(ctx context.Context) {
	probe() // want `request-scoped: function purge that takes a request context`
}

func (c *cleaner) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.purge(r.Context())
	// A ticker in a handler ticks per request.
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			c.heartbeat(context.Background())
		case <-r.Context().Done():
			return
		}
	}
}

func (c *cleaner) heartbeat(ctx context.Context) {
	probe() // want `request-scoped: function heartbeat that takes a request context`
}

// run gives its own context, the caller's, to every tick.
func (c *cleaner) run(ctx context.Context) {
	for {
		select {
		case <-c.ticker.C:
			c.flush(ctx)
		case <-ctx.Done():
			return
		}
	}
}

func (c *cleaner) flush(ctx context.Context) {
	probe() // want `request-scoped: function flush that takes a request context`
}

// wait waits once for a timeout: no loop, no period.
func (c *cleaner) wait() {
	select {
	case <-time.After(time.Second):
		c.retry(context.Background())
	case <-c.stop:
	}
}

func (c *cleaner) retry(ctx context.Context) {
	probe() // want `request-scoped: function retry that takes a request context`
}

// drain applies messages, not ticks.
func (c *cleaner) drain(ch chan int) {
	for {
		select {
		case <-ch:
			c.apply(context.Background())
		case <-c.stop:
			return
		}
	}
}

func (c *cleaner) apply(ctx context.Context) {
	probe() // want `request-scoped: function apply that takes a request context`
}

// Sweep is exported: other packages may call it from anywhere.
func (c *cleaner) Sweep(ctx context.Context) {
	probe() // want `request-scoped: function Sweep that takes a request context`
}

func (c *cleaner) tick() {
	for {
		select {
		case <-c.ticker.C:
			c.Sweep(context.Background())
		case <-c.stop:
			return
		}
	}
}

var _ = []any{(*cleaner).run, (*cleaner).wait, (*cleaner).drain, (*cleaner).tick}
