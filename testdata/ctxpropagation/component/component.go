// Package component shows work that belongs to a component rather than to
// a request: the running loop of a service, started by its constructor,
// and a value prepared once and cached for every later caller. Beside
// them, their twins that a request runs: a handler registered the same
// way, and a helper that runs its closure on every call.
package component

import (
	"context"
	"sync"

	"otellint.test/ctxpropagation/component/services"
)

func join(ctx context.Context) error { return nil }

func prepare(ctx context.Context) (string, error) { return "", nil }

// Router calls its handlers once per request.
type Router struct{}

// HandleFunc routes a path to a handler.
func (*Router) HandleFunc(path string, h func(context.Context, *Request) error) {}

// Request is a request.
type Request struct{ ID string }

// Ring joins a ring for as long as it runs.
type Ring struct {
	runner *services.Runner
}

// NewRing builds a ring whose loop its runner runs.
func NewRing(r *Router) *Ring {
	g := &Ring{}
	g.runner = services.NewRunner(g.loop)
	r.HandleFunc("/join", g.handleJoin)
	return g
}

// The running context of the component carries no caller's trace.
func (g *Ring) loop(ctx context.Context) error {
	if err := join(context.Background()); err != nil {
		return err
	}
	<-ctx.Done()
	return nil
}

// A handler registered in set-up code runs per request.
func (g *Ring) handleJoin(ctx context.Context, req *Request) error {
	return join(context.Background()) // want `context.Background\(\) drops the trace of ctx`
}

// A function of the same shape that request code also calls runs with the
// caller's context.
func (g *Ring) rejoin(ctx context.Context) error {
	return join(context.Background()) // want `context.Background\(\) drops the trace of ctx`
}

// Service starts its rejoin with its runner, and a handler calls it too.
type Service struct{ runner *services.Runner }

// NewService builds a service.
func NewService(g *Ring) *Service { return &Service{runner: services.NewRunner(g.rejoin)} }

// Handle rejoins on a request.
func (s *Service) Handle(ctx context.Context, g *Ring) error { return g.rejoin(ctx) }

// cache holds a value prepared once.
type cache struct {
	mu    sync.Mutex
	done  bool
	value string
	err   error
}

// get returns the cached value, preparing it with f on first use.
func (c *cache) get(f func() (string, error)) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.done {
		c.value, c.err = f()
		c.done = true
	}
	return c.value, c.err
}

// retry calls f until it succeeds: on every call, for its caller.
func retry(f func() (string, error)) (string, error) {
	for {
		if v, err := f(); err == nil {
			return v, nil
		}
	}
}

// Plugin prepares its query once for every decision.
type Plugin struct {
	query cache
	once  sync.Once
	q     string
}

// The query prepared once belongs to the plugin, not to the first decision.
func (p *Plugin) decide(ctx context.Context) (string, error) {
	return p.query.get(func() (string, error) {
		return prepare(context.Background())
	})
}

// So does one prepared in a sync.Once.
func (p *Plugin) decideOnce(ctx context.Context) string {
	p.once.Do(func() {
		p.q, _ = prepare(context.Background())
	})
	return p.q
}

// A closure run on every call is the caller's work.
func (p *Plugin) lookup(ctx context.Context) (string, error) {
	return retry(func() (string, error) {
		return prepare(context.Background()) // want `context.Background\(\) drops the trace of ctx`
	})
}
