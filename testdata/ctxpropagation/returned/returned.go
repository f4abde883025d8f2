// Package returned builds requests with http.NewRequest in helpers that
// return them: the request has a context only if every caller gives it
// one before it is sent.
package returned

import (
	"context"
	"net/http"
	"time"
)

// Backend forwards requests to another server.
type Backend struct {
	url     string
	client  *http.Client
	timeout time.Duration
}

// build copies the incoming request; its callers give the copy a context.
func (b *Backend) build(orig *http.Request) (*http.Request, error) {
	req, err := http.NewRequest(orig.Method, b.url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Org", orig.Header.Get("X-Org"))
	return req, nil
}

// do sends the request with its own deadline.
func (b *Backend) do(req *http.Request) (*http.Response, error) {
	ctx, cancel := context.WithTimeout(context.Background(), b.timeout) // want `context.Background\(\) as the parent of a new deadline drops the trace of req.Context\(\)`
	defer cancel()
	return b.client.Do(req.WithContext(ctx))
}

// Forward builds the copy and has do give it a context.
func (b *Backend) Forward(orig *http.Request) (*http.Response, error) {
	req, err := b.build(orig)
	if err != nil {
		return nil, err
	}
	return b.do(req)
}

// Mirror gives the copy the caller's context itself.
func (b *Backend) Mirror(ctx context.Context, orig *http.Request) (*http.Response, error) {
	req, err := b.build(orig)
	if err != nil {
		return nil, err
	}
	return b.client.Do(req.WithContext(ctx))
}

// buildBare's request is sent by one caller as it is.
func (b *Backend) buildBare(orig *http.Request) (*http.Request, error) {
	return b.bare(orig)
}

// bare copies the incoming request without a context.
func (b *Backend) bare(orig *http.Request) (*http.Request, error) {
	req, err := http.NewRequest(orig.Method, b.url, nil) // want `http.NewRequest creates a request without orig.Context\(\)`
	return req, err
}

// Send sends the copy without a context: the trace of orig is lost.
func (b *Backend) Send(orig *http.Request) (*http.Response, error) {
	req, err := b.build2(orig)
	if err != nil {
		return nil, err
	}
	return b.client.Do(req)
}

// build2 copies the incoming request for Send.
func (b *Backend) build2(orig *http.Request) (*http.Request, error) {
	req, err := http.NewRequest(orig.Method, b.url, nil) // want `http.NewRequest creates a request without orig.Context\(\)`
	return req, err
}

// Build is exported: callers in other packages may send its request as it is.
func (b *Backend) Build(orig *http.Request) (*http.Request, error) {
	req, err := http.NewRequest(orig.Method, b.url, nil) // want `http.NewRequest creates a request without orig.Context\(\)`
	return req, err
}

// Relay sends the bare copy as it is.
func (b *Backend) Relay(orig *http.Request) (*http.Response, error) {
	req, err := b.buildBare(orig)
	if err != nil {
		return nil, err
	}
	return b.client.Do(req)
}
