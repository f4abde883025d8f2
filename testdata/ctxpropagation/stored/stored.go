// Package stored keeps a request made with http.NewRequest in a struct
// literal, for middleware to read, before the request is given a context:
// storing it sends nothing, so the next use decides.
package stored

import (
	"context"
	"net/http"
)

// info describes the call for middleware; it holds the request only to
// read its method and headers.
type info struct {
	op  string
	req *http.Request
}

// job is a request queued for a worker that sends it as it is.
type job struct {
	req *http.Request
}

type infoKey struct{}

// send gives the request the context of the call before sending it.
func send(ctx context.Context, c *http.Client, req *http.Request) error {
	_, err := c.Do(req.WithContext(ctx))
	return err
}

// invoke records the call's description in the context, then sends the
// request with that context.
func invoke(ctx context.Context, c *http.Client, u string) error {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	ctx = context.WithValue(ctx, infoKey{}, &info{op: "get", req: req})
	return send(ctx, c, req)
}

// positional stores it in an unkeyed literal, then gives it the context.
func positional(ctx context.Context, c *http.Client, u string) error {
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	d := info{"get", req}
	_ = d
	_, err := c.Do(req.WithContext(ctx))
	return err
}

// enqueue hands the request to a worker without a context: the worker
// sends it without the caller's trace.
func enqueue(ctx context.Context, jobs chan<- job, u string) {
	req, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	jobs <- job{req: req}
}

// describedThenSent stores the request, then sends it as it is.
func describedThenSent(ctx context.Context, c *http.Client, u string) {
	req, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	ctx = context.WithValue(ctx, infoKey{}, &info{op: "get", req: req})
	c.Do(req)
}
