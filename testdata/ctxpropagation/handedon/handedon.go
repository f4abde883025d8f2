// Package handedon hands requests made with http.NewRequest to functions
// together with the caller's context: the request has a context only if
// the function gives it one.
package handedon

import (
	"context"
	"net/http"
)

// passThrough takes a context it never gives the request.
func passThrough(r *http.Request, _ context.Context) *http.Request { return r }

// attach gives the request the context.
func attach(r *http.Request, ctx context.Context) *http.Request { return r.WithContext(ctx) }

// relay hands the request on to attach.
func relay(ctx context.Context, r *http.Request) *http.Request { return attach(r, ctx) }

// Sender is implemented elsewhere: its body is not at hand.
type Sender interface {
	Send(ctx context.Context, r *http.Request) error
}

func reported(ctx context.Context, c *http.Client, u string) {
	a, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	a = passThrough(a, ctx)
	c.Do(a)

	same := func(r *http.Request, _ context.Context) *http.Request { return r }
	b, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	b = same(b, ctx)
	c.Do(b)

	send := func(ctx context.Context, r *http.Request) error {
		_, err := c.Do(r)
		return err
	}
	d, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	send(ctx, d)
}

func silent(ctx context.Context, c *http.Client, s Sender, u string) {
	a, _ := http.NewRequest(http.MethodGet, u, nil)
	a = attach(a, ctx)
	c.Do(a)

	b, _ := http.NewRequest(http.MethodGet, u, nil)
	b = relay(ctx, b)
	c.Do(b)

	d, _ := http.NewRequest(http.MethodGet, u, nil)
	s.Send(ctx, d)

	clone := func(r *http.Request, ctx context.Context) *http.Request { return r.Clone(ctx) }
	e, _ := http.NewRequest(http.MethodGet, u, nil)
	e = clone(e, ctx)
	c.Do(e)
}
