// Package cached builds a request once with http.NewRequest and keeps it
// in a field: where every read of the field gives it a context before
// sending it, the trace is propagated.
package cached

import (
	"context"
	"net/http"
)

// poller sends the same request on each poll.
type poller struct {
	client *http.Client
	url    string
	req    *http.Request
}

// poll builds the request on first use and sends it with the caller's
// context.
func (p *poller) poll(ctx context.Context) (*http.Response, error) {
	if p.req == nil {
		req, err := http.NewRequest(http.MethodGet, p.url, http.NoBody)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Accept", "text/plain")
		p.req = req
	}
	return p.client.Do(p.req.WithContext(ctx))
}

// direct stores the new request in the field at once.
type direct struct {
	client *http.Client
	req    *http.Request
}

func (d *direct) reset(u string) error {
	var err error
	d.req, err = http.NewRequest(http.MethodGet, u, nil)
	return err
}

func (d *direct) send(ctx context.Context) (*http.Response, error) {
	return d.client.Do(d.req.Clone(ctx))
}

// leaky keeps its request in a field that one method sends as it is.
type leaky struct {
	client *http.Client
	req    *http.Request
}

func (l *leaky) poll(ctx context.Context, u string) (*http.Response, error) {
	if l.req == nil {
		req, err := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
		if err != nil {
			return nil, err
		}
		l.req = req
	}
	return l.client.Do(l.req.WithContext(ctx))
}

func (l *leaky) retry() (*http.Response, error) {
	return l.client.Do(l.req)
}

// Exposed keeps it in an exported field that other packages may send as
// it is.
type Exposed struct {
	Req *http.Request
}

func (e *Exposed) build(ctx context.Context, u string) {
	req, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	e.Req = req
}

// storedThenSent stores the request in a well-kept field, but also sends
// the local as it is.
func (p *poller) storedThenSent(ctx context.Context) {
	req, _ := http.NewRequest(http.MethodGet, p.url, nil) // want `http.NewRequest creates a request without ctx`
	p.req = req
	p.client.Do(req)
}
