// Package chainbreak calls, with the caller's context at hand, functions
// that take no context and start from a fresh root: the trace stops at
// the call.
package chainbreak

import (
	"context"
	"net/http"
	"time"
)

type Cache struct {
	client *http.Client
	url    string
	ctx    context.Context
}

func (c *Cache) fetch(ctx context.Context, key string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.url+key, nil)
	if err != nil {
		return err
	}
	resp, err := c.client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Get takes no context and fetches with a fresh root.
func (c *Cache) Get(key string) error {
	return c.fetch(context.Background(), key)
}

// Lookup reaches Get.
func (c *Cache) Lookup(key string) error {
	return c.Get(key)
}

func handle(ctx context.Context, c *Cache) error {
	if err := c.Get("a"); err != nil { // want `Get starts a new trace from context.Background\(\) although ctx is available here; give Get a context parameter and pass ctx`
		return err
	}
	return c.Lookup("b") // want `Lookup starts a new trace from context.Background\(\) in Get although ctx is available here`
}

func show(w http.ResponseWriter, r *http.Request, c *Cache) {
	_ = c.Get("a") // want `Get starts a new trace from context.Background\(\) although r.Context\(\) is available here`
}

// settle only waits: its fresh root carries nothing that could be lost.
func settle() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	<-ctx.Done()
}

// NewCache sets up a component: its context belongs to the component.
func NewCache(url string) *Cache {
	c := &Cache{client: http.DefaultClient, url: url}
	_ = c.fetch(context.Background(), "warmup")
	return c
}

// keep stores a fresh root for the component's lifetime.
func (c *Cache) keep() {
	c.ctx = context.Background()
}

// flushLater fetches in a goroutine of its own.
func (c *Cache) flushLater() {
	go func() { _ = c.fetch(context.Background(), "flush") }()
}

// own takes a context: a fresh root inside it is reported there.
func (c *Cache) own(ctx context.Context) error {
	return c.fetch(context.Background(), "own") // want `context.Background\(\) drops the trace of ctx`
}

func silent(ctx context.Context, c *Cache) {
	settle()
	_ = NewCache("http://cache")
	c.keep()
	c.flushLater()
	defer c.Get("deferred")
	go c.Get("async")
	_ = c.own(ctx)
}

func afterShutdown(ctx context.Context, c *Cache) {
	<-ctx.Done()
	_ = c.Get("final") // the caller's context is done: a fresh one is wanted
}

// noContext has no context to pass: the chain is already broken above.
func noContext(c *Cache) {
	_ = c.Get("a")
}
