package noctx

import (
	"context"
	"net/http"
)

type payload = http.Request

type wrapped http.Request

// keep hands a request on with a context it does not use.
func keep(r *http.Request, _ context.Context) *http.Request { return r }

// build makes requests with http.NewRequest that are sent, returned or
// handed on without the caller's context.
func build(ctx context.Context, c *http.Client, u string) {
	plain, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	c.Do(plain)

	newReq := http.NewRequest // want `http.NewRequest used as a value creates requests without ctx`
	viaValue, _ := newReq(http.MethodGet, u, nil)
	c.Do(viaValue)

	inner, _ := func() (*http.Request, error) {
		return http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	}()
	c.Do(inner)

	a, b := func() (*http.Request, *http.Request) {
		x, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
		y, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
		return x, y
	}()
	c.Do(a)
	c.Do(b)

	handed, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	handed = keep(handed, ctx)
	c.Do(handed)

	local := func(r *payload, _ context.Context) *payload { return r }
	aliased, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	aliased = local(aliased, ctx)
	c.Do(aliased)

	converted, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	w := wrapped(*converted)
	_ = w

	pair := func(p, q *http.Request, _ context.Context) (*http.Request, *http.Request) { return p, q }
	one, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	one, _ = pair(one, one, ctx)
	two, _ := http.NewRequest(http.MethodGet, u, nil)   // want `http.NewRequest creates a request without ctx`
	three, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	two, three = pair(two, three, ctx)
	four, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	five, _ := http.NewRequest(http.MethodGet, u, nil)
	five = five.WithContext(ctx)
	four, five = pair(four, five, ctx)
	c.Do(one)
	c.Do(two)
	c.Do(three)
	c.Do(four)
	c.Do(five)

	func() (*http.Request, *http.Request) {
		six, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
		seven, _ := http.NewRequest(http.MethodGet, u, nil)
		seven = seven.WithContext(ctx)
		return six, seven
	}()

	// Given the context before it is sent: the trace goes with it.
	later, _ := http.NewRequest(http.MethodGet, u, nil)
	later = later.WithContext(ctx)
	c.Do(later)
}
