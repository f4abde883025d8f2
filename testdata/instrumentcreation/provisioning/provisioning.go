// Package provisioning sets up modules once per configuration load: a
// module's Provision method takes the loader's context, yet it runs
// once, and what it creates is kept in the module's fields.
package provisioning

import (
	"context"
	"net/http"

	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.uber.org/zap"
)

// Context is given to a module when it is provisioned.
type Context struct {
	context.Context
	debug bool
}

// Logger returns a logger for the module being provisioned.
func (ctx Context) Logger() *zap.Logger { // want Logger:"creates logger zap.NewProduction"
	l, _ := zap.NewProduction()
	return l
}

// Handler is a module that serves requests.
type Handler struct {
	logger  *zap.Logger
	metrics *Metrics
}

// Provision sets the module up: its logger is kept in a field.
func (h *Handler) Provision(ctx Context) error { // want Provision:"creates logger zap.NewProduction"
	h.logger = ctx.Logger()
	h.metrics = &Metrics{}
	return h.metrics.provisionOTLP(ctx)
}

// Metrics pushes the module's metrics.
type Metrics struct {
	provider *sdkmetric.MeterProvider
	tracing  *sdktrace.TracerProvider
}

// provisionOTLP builds the module's meter provider, shut down by Cleanup.
func (m *Metrics) provisionOTLP(ctx Context) error { // want provisionOTLP:"creates meter provider NewMeterProvider"
	m.provider = sdkmetric.NewMeterProvider()
	tp := sdktrace.NewTracerProvider()
	m.tracing = tp
	return nil
}

// Cleanup shuts the module's providers down when its configuration is
// unloaded.
func (m *Metrics) Cleanup(ctx context.Context) error {
	if err := m.tracing.Shutdown(ctx); err != nil {
		return err
	}
	return m.provider.Shutdown(ctx)
}

// Positive twins.

// Describe takes a context per call and builds a logger each time.
func (h *Handler) Describe(ctx Context, name string) {
	log := ctx.Logger() // want `call to "Logger" creates logger zap.NewProduction in request-scoped code \(function Describe that takes a request context\)`
	log.Info(name)
}

// ServeHTTP replaces the module's logger on every request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.logger, _ = zap.NewProduction() // want `logger zap.NewProduction is created in request-scoped code \(HTTP handler ServeHTTP\)`
}

// Client keeps a provider that nothing shuts down.
type Client struct{ tp *sdktrace.TracerProvider }

// Connect replaces the client's provider on every call: the previous one
// is never shut down.
func (c *Client) Connect(ctx context.Context) error {
	c.tp = sdktrace.NewTracerProvider() // want `tracer provider NewTracerProvider is created in request-scoped code \(function Connect that takes a request context\)`
	return nil
}
