// Package edgecases covers the article's common edge cases: HTTP client
// calls, scheduled tasks and database queries.
package edgecases

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
)

// 1. HTTP client calls.
func fetchBad(ctx context.Context, u string) (*http.Response, error) {
	req, err := http.NewRequest("GET", u, nil) // want `http.NewRequest creates a request without ctx, so the trace is not propagated; use http.NewRequestWithContext\(ctx, ...\)`
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

func fetchGood(ctx context.Context, u string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// The context is given before the request is sent.
func withContextGood(ctx context.Context, u string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	req = req.WithContext(ctx)
	return http.DefaultClient.Do(req)
}

func cloneGood(ctx context.Context, u string) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	return http.DefaultClient.Do(req.Clone(ctx))
}

// The request is sent before it gets a context.
func withContextTooLate(ctx context.Context, u string) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	resp, err := http.DefaultClient.Do(req)
	_ = req.WithContext(ctx)
	return resp, err
}

// The request of a handler gives its context.
func proxy(w http.ResponseWriter, r *http.Request) {
	out, _ := http.NewRequest(http.MethodPost, "http://backend/", r.Body) // want `without r.Context\(\).*http.NewRequestWithContext\(r.Context\(\), ...\)`
	_, _ = http.DefaultClient.Do(out)
}

func proxyGood(w http.ResponseWriter, r *http.Request) {
	out, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, "http://backend/", r.Body)
	_, _ = http.DefaultClient.Do(out)
}

// The helpers that always use context.Background().
func helpersBad(ctx context.Context, c *http.Client, u string) {
	_, _ = http.Get(u)                                     // want `http.Get sends the request without ctx, so the trace is not propagated; build it with http.NewRequestWithContext\(ctx, ...\) and call Do`
	_, _ = http.Head(u)                                    // want `http.Head sends the request without ctx`
	_, _ = http.Post(u, "text/plain", nil)                 // want `http.Post sends`
	_, _ = http.PostForm(u, url.Values{})                  // want `http.PostForm sends`
	_, _ = c.Get(u)                                        // want `\(\*http.Client\).Get sends the request without ctx`
	_, _ = c.Post(u, "text/plain", strings.NewReader("x")) // want `\(\*http.Client\).Post sends`
}

// Method and function values are the same calls, made later.
func valuesBad(ctx context.Context, c *http.Client, u string) {
	get := c.Get // want `\(\*http.Client\).Get sends the request without ctx`
	_, _ = get(u)
	fetchWith(http.Get, u) // want `http.Get sends the request without ctx`
	_, _ = (http.Get)(u)   // want `http.Get sends the request without ctx`
}

func fetchWith(f func(string) (*http.Response, error), u string) { _, _ = f(u) }

// http.NewRequest kept as a value makes requests without a context later.
func requestValueBad(ctx context.Context, u string) {
	newRequest := http.NewRequest // want `http.NewRequest used as a value creates requests without ctx, so the trace is not propagated; use http.NewRequestWithContext\(ctx, ...\)`
	req, _ := newRequest(http.MethodGet, u, nil)
	_, _ = http.DefaultClient.Do(req)
}

// A function value thrown away sends nothing.
func discardedGood(ctx context.Context) {
	_ = http.Get
	_ = http.NewRequest
	var _ = http.Post
}

func valuesGood(ctx context.Context, c *http.Client, u string) {
	do := c.Do
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	_, _ = do(req)
}

// A test request is built by httptest, not sent.
func testRequestGood(ctx context.Context, h http.Handler) {
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	h.ServeHTTP(httptest.NewRecorder(), r.WithContext(ctx))
}

// No context in scope: reported only with -ctxpropagation.strict.
func noCtx(u string) (string, error) {
	resp, err := http.Get(u)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}

func noCtxRequest(u string) (*http.Request, error) {
	return http.NewRequest(http.MethodGet, u, nil)
}

// A client wrapper that is given the context with the request attaches it.
type apiClient struct{ c *http.Client }

func (a apiClient) Do(ctx context.Context, req *http.Request) (*http.Response, error) {
	return a.c.Do(req.WithContext(ctx))
}

func wrapperGood(ctx context.Context, a apiClient, u string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	return a.Do(ctx, req)
}

func send(req *http.Request) (*http.Response, error) { return http.DefaultClient.Do(req) }

func wrapperBad(ctx context.Context, u string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without ctx`
	if err != nil {
		return nil, err
	}
	return send(req)
}
