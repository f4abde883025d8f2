// Package driverclient is the same client without a harness: a service's
// client, production code.
package driverclient

import (
	"io"
	"net/http"
)

func probe() {}

// Orders is the client of the orders service.
type Orders interface {
	Fetch(id string) ([]byte, error)
}

type ordersClient struct{ url string }

// NewOrders returns the client.
func NewOrders(url string) (Orders, error) {
	probe() // want `production`
	return &ordersClient{url: url}, nil
}

// Fetch gets an order.
func (c *ordersClient) Fetch(id string) ([]byte, error) {
	probe() // want `production`
	resp, err := http.Get(c.url + "/orders/" + id)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}
