// Package noctx holds the shapes of requests and queries sent without
// the caller's context that the noctx linter's suite expects, written
// for a function that has the caller's context at hand.
package noctx

import (
	"context"
	"net/http"
	"net/url"
)

// fetchAll sends requests through the helpers that always use
// context.Background().
func fetchAll(ctx context.Context, c *http.Client, u string) {
	http.Get(u)                     // want `http.Get sends the request without ctx`
	http.Head(u)                    // want `http.Head sends the request without ctx`
	http.Post(u, "text/plain", nil) // want `http.Post sends the request without ctx`
	http.PostForm(u, url.Values{})  // want `http.PostForm sends the request without ctx`
	c.Get(u)                        // want `\(\*http.Client\).Get sends the request without ctx`
	c.Head(u)                       // want `\(\*http.Client\).Head sends the request without ctx`
	c.Post(u, "text/plain", nil)    // want `\(\*http.Client\).Post sends the request without ctx`
	c.PostForm(u, url.Values{})     // want `\(\*http.Client\).PostForm sends the request without ctx`

	get := http.Get // want `http.Get sends the request without ctx`
	get(u)
	head := c.Head // want `\(\*http.Client\).Head sends the request without ctx`
	head(u)
	_ = http.Get // a value thrown away sends nothing

	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	c.Do(req)
}
