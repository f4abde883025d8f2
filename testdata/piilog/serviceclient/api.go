// Package serviceclient is the same client in a service, with no harness:
// the body it logs is whatever the other side sent.
package serviceclient

import (
	"io"
	"net/http"

	"go.uber.org/zap"
)

// API is the client of another service.
type API interface {
	Get(id string) ([]byte, error)
}

type client struct {
	url    string
	logger *zap.Logger
}

// NewAPI returns the client.
func NewAPI(url string, logger *zap.Logger) API {
	return &client{url: url, logger: logger}
}

func (c *client) Get(id string) ([]byte, error) {
	resp, err := http.Get(c.url + "/items/" + id)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	c.logger.Info("got item", zap.String("body", string(body))) // want `logs the whole response body read by io.ReadAll`
	return body, nil
}
