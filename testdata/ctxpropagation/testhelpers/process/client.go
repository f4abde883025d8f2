package process

import (
	"context"
	"net/http"
)

// Client is production code, declared in a file that imports nothing of
// the tests: a helper handing it to a test does not make it test support.
type Client struct{ addr string }

// Status asks the server for its status.
func (c *Client) Status(ctx context.Context) (int, error) {
	r, err := http.Get("http://" + c.addr + "/status") // want `http.Get sends the request without ctx`
	if err != nil {
		return 0, err
	}
	defer r.Body.Close()
	return r.StatusCode, nil
}
