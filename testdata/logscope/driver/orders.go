package driver

import (
	"io"
	"net/http"
)

// Orders is the client of the service under test.
type Orders interface {
	Fetch(id string) ([]byte, error)
}

type ordersClient struct{ url string }

// NewOrders returns the client the checker is built from.
func NewOrders(url string) (Orders, error) {
	return &ordersClient{url: url}, nil
}

// Fetch is called only through the Orders the harness holds.
func (c *ordersClient) Fetch(id string) ([]byte, error) {
	probe() // want `test: package that exists for tests`
	resp, err := http.Get(c.url + "/orders/" + id)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}
