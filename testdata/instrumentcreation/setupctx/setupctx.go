// Package setupctx completes a server's configuration at start-up: the
// set-up steps take a context, yet run once.
package setupctx

import (
	"context"

	"github.com/prometheus/client_golang/prometheus"
)

// Config is the server's configuration.
type Config struct{ Addr string }

// Server is the completed server.
type Server struct {
	addr string
	info prometheus.Collector
}

// Run serves until ctx is cancelled.
func (s *Server) Run(ctx context.Context) error { return nil }

// Runnable is a component that runs until stopped.
type Runnable interface {
	Run(ctx context.Context) error
}

// Complete completes the configuration into a server.
func (c *Config) Complete(ctx context.Context) (Runnable, error) { // want Complete:"creates collector registration prometheus.Register"
	return c.complete(ctx)
}

// complete registers the server's collectors and builds it.
func (c *Config) complete(ctx context.Context) (*Server, error) { // want complete:"creates collector registration prometheus.Register"
	info := prometheus.NewGauge(prometheus.GaugeOpts{Name: "server_info"})
	if err := prometheus.Register(info); err != nil {
		return nil, err
	}
	if err := c.initializeGateway(ctx); err != nil {
		return nil, err
	}
	return &Server{addr: c.Addr, info: info}, nil
}

// initializeGateway registers the gateway's collector.
func (c *Config) initializeGateway(ctx context.Context) error { // want initializeGateway:"creates collector registration prometheus.Register"
	return prometheus.Register(prometheus.NewGauge(prometheus.GaugeOpts{Name: "gateway_info"}))
}

// Positive twin: a method that takes a context and returns a plain value
// registers on every call.
func (c *Config) Lookup(ctx context.Context, key string) (string, error) {
	err := prometheus.Register(prometheus.NewGauge(prometheus.GaugeOpts{Name: "lookup_" + key})) // want `collector registration prometheus.Register happens in request-scoped code \(function Lookup that takes a request context\)`
	return key, err
}
