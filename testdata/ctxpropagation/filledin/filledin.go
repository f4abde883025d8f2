// Package filledin holds requests built with http.NewRequest, filled in
// with the request's setters, and given the caller's context only when
// they are sent.
package filledin

import (
	"net"
	"net/http"
)

type enricher struct {
	client   *http.Client
	endpoint string
	user     string
	password string
}

// enrich fills the outgoing request in (query, headers, credentials, a
// cookie) and sends it with the incoming request's context: the trace
// goes on.
func (e *enricher) enrich(r *http.Request) error {
	req, err := http.NewRequest(http.MethodPost, e.endpoint, nil)
	if err != nil {
		return err
	}
	req.URL.RawQuery = r.URL.Query().Encode()
	req.Header.Set("Content-Type", "application/json")
	req.SetBasicAuth(e.user, e.password)
	req.AddCookie(&http.Cookie{Name: "origin", Value: r.Host})
	res, err := e.client.Do(req.WithContext(r.Context()))
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// enrichLost fills the request in the same way but sends it as it is:
// it has no context.
func (e *enricher) enrichLost(r *http.Request) error {
	req, err := http.NewRequest(http.MethodPost, e.endpoint, nil) // want `http.NewRequest creates a request without r.Context\(\)`
	if err != nil {
		return err
	}
	req.SetBasicAuth(e.user, e.password)
	res, err := e.client.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// forward writes the request to a connection before it is given a
// context: Write sends it, so the context comes too late.
func (e *enricher) forward(r *http.Request, conn net.Conn) error {
	req, err := http.NewRequest(http.MethodGet, e.endpoint, nil) // want `http.NewRequest creates a request without r.Context\(\)`
	if err != nil {
		return err
	}
	req.SetBasicAuth(e.user, e.password)
	if err := req.Write(conn); err != nil {
		return err
	}
	_, err = e.client.Do(req.WithContext(r.Context()))
	return err
}
