// Package setup shows the init-like places that win over the context rule.
package setup

import (
	"context"
	"net/http"
)

func probe() {}

var global = func() int {
	probe() // want `init: package-level initialiser`
	return 1
}()

func init() {
	probe() // want `init: init`
}

// Setup takes a context but is set-up code.
func Setup(ctx context.Context) error {
	probe() // want `init: set-up function Setup`
	return nil
}

func InitObservability(ctx context.Context, service string) (func(), error) {
	probe() // want `init: set-up function InitObservability`
	return func() {}, nil
}

func NewClient(ctx context.Context) *Client {
	probe() // want `init: set-up function NewClient`
	return &Client{}
}

func mustLoad(ctx context.Context) {
	probe() // want `init: set-up function mustLoad`
}

// Newsletter is not New followed by a word.
func Newsletter(ctx context.Context) {
	probe() // want `request-scoped: function Newsletter that takes a request context`
}

// Run is a lifecycle step.
func (c *Client) Run(ctx context.Context) error {
	probe() // want `init: lifecycle function Run`
	return nil
}

type Client struct{ n int }

type metrics struct{ n int }

// metricsFor is a constructor by shape: it builds and returns a struct of
// the package.
func metricsFor(ctx context.Context) *metrics {
	probe() // want `init: constructor metricsFor`
	return &metrics{n: 1}
}

// lookupMetrics returns a struct of the package it does not build: a
// lookup, not a constructor.
func lookupMetrics(ctx context.Context, m map[string]*metrics) *metrics {
	probe() // want `request-scoped: function lookupMetrics that takes a request context`
	return m["x"]
}

var current *Client

// useClient stores into a package-level variable.
func useClient(ctx context.Context, c *Client) {
	probe() // want `init: function useClient that sets package variable current`
	current = c
}

// warmCaches is only called from set-up code.
func warmCaches(ctx context.Context) {
	probe() // want `init: function warmCaches only called from set-up code`
}

// helper is called from set-up code and from a handler.
func helper(ctx context.Context) {
	probe() // want `request-scoped: function helper that takes a request context`
}

func Setup2() {
	warmCaches(context.Background())
	helper(context.Background())
}

func Bootstrap() {
	Setup2()
}

func handle(w http.ResponseWriter, r *http.Request) {
	helper(r.Context())
}

// Lookup is exported: other packages may call it from anywhere.
func Lookup(ctx context.Context) {
	probe() // want `request-scoped: function Lookup that takes a request context`
}

// exporterFor is handed as a value to a set-up function, from set-up code.
func exporterFor(ctx context.Context) error {
	probe() // want `init: function exporterFor only called from set-up code`
	return nil
}

// checkFor is handed as a value to an exported function that is not
// set-up code: it may run anywhere.
func checkFor(ctx context.Context) error {
	probe() // want `request-scoped: function checkFor that takes a request context`
	return nil
}

func initHelper(ctx context.Context, f func(context.Context) error) error { return f(ctx) }

func RunWith(ctx context.Context, f func(context.Context) error) error { return f(ctx) }

func initTracing(ctx context.Context) error {
	if err := RunWith(ctx, checkFor); err != nil {
		return err
	}
	return initHelper(ctx, exporterFor)
}

// Config is a server's configuration, completed at start-up.
type Config struct{ addr string }

// server is the component a completed configuration runs.
type server struct{ addr string }

// Run serves until ctx is cancelled.
func (s *server) Run(ctx context.Context) error { return nil }

// Runnable is anything that runs until stopped.
type Runnable interface {
	Run(ctx context.Context) error
}

// complete takes a context but builds the server: set-up code.
func (c *Config) complete(ctx context.Context) (*server, error) {
	probe() // want `init: function complete that builds a runnable server`
	return &server{addr: c.addr}, nil
}

// Complete returns the component as an interface.
func (c *Config) Complete(ctx context.Context) (Runnable, error) {
	probe() // want `init: function Complete that builds a runnable Runnable`
	return c.complete(ctx)
}

func initializeGateway(ctx context.Context) {
	probe() // want `init: set-up function initializeGateway`
}

// order is a value built per request.
type order struct{ id string }

// Negative twin: a method that takes a context and returns a value
// without a lifecycle is request-scoped.
func (c *Config) fetch(ctx context.Context, id string) (*order, error) {
	probe() // want `request-scoped: function fetch that takes a request context`
	return &order{id: id}, nil
}
