// Package providers creates providers, exporters and Prometheus
// registries per request, beside the right ways.
package providers

import (
	"context"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	sdklog "go.opentelemetry.io/otel/sdk/log"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// Bad: a provider and an exporter per request.
func handleExport(w http.ResponseWriter, r *http.Request) {
	exp, _ := otlptracehttp.New(r.Context())                    // want `exporter otlptracehttp.New is created in request-scoped code \(HTTP handler handleExport\): it opens connections and starts goroutines on every call; create it once at start-up`
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)) // want `tracer provider NewTracerProvider is created in request-scoped code \(HTTP handler handleExport\): each one starts its own exporter and goroutines and leaks them`
	defer tp.Shutdown(r.Context())
	mp := sdkmetric.NewMeterProvider() // want `meter provider NewMeterProvider is created in request-scoped code`
	defer mp.Shutdown(r.Context())
}

var requests = prometheus.NewCounter(prometheus.CounterOpts{Name: "requests_total"})

// Bad: registering per request panics on the second call.
func handleRegister(w http.ResponseWriter, r *http.Request) {
	prometheus.MustRegister(requests) // want `collector registration prometheus.MustRegister happens in request-scoped code \(HTTP handler handleRegister\): the second registration panics`
	reg := prometheus.NewRegistry()   // want `registry prometheus.NewRegistry is created in request-scoped code`
	_ = reg
}

var shared = prometheus.NewRegistry()

func handleShared(w http.ResponseWriter, r *http.Request) {
	shared.MustRegister(requests) // want `collector registration MustRegister happens in request-scoped code`
}

// Good: the multi-target exporter pattern builds a registry per probe and
// serves it in the same handler.
func handleProbe(w http.ResponseWriter, r *http.Request) {
	reg := prometheus.NewRegistry()
	probeSuccess := prometheus.NewGauge(prometheus.GaugeOpts{Name: "probe_success"})
	reg.MustRegister(probeSuccess)
	probeSuccess.Set(1)
	promhttp.HandlerFor(reg, promhttp.HandlerOpts{}).ServeHTTP(w, r)
}

// Good: set-up code, by name or in main-like places.
func NewTelemetry(ctx context.Context) (*sdktrace.TracerProvider, error) { // want NewTelemetry:"creates exporter otlptracehttp.New"
	exp, err := otlptracehttp.New(ctx)
	if err != nil {
		return nil, err
	}
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)), nil
}

func init() {
	prometheus.MustRegister(requests)
}

// Bad: calling the set-up helper per request.
func handleTelemetry(w http.ResponseWriter, r *http.Request) {
	tp, _ := NewTelemetry(r.Context()) // want `call to "NewTelemetry" creates exporter otlptracehttp.New in request-scoped code \(HTTP handler handleTelemetry\)`
	_ = tp
}

// Good: an exporter factory handed as a value to a set-up helper, from
// set-up code.
func otelExporter(ctx context.Context) (*otlptrace.Exporter, error) { // want otelExporter:"creates exporter otlptracehttp.New"
	return otlptracehttp.New(ctx)
}

func initHelper(ctx context.Context, newExporter func(context.Context) (*otlptrace.Exporter, error)) (*sdktrace.TracerProvider, error) { // want initHelper:"creates tracer provider NewTracerProvider"
	exp, err := newExporter(ctx)
	if err != nil {
		return nil, err
	}
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)), nil
}

func initOTEL(ctx context.Context) (*sdktrace.TracerProvider, error) { // want initOTEL:"creates tracer provider NewTracerProvider"
	return initHelper(ctx, otelExporter)
}

// Bad: a logger provider per request.
func handleLogs(w http.ResponseWriter, r *http.Request) {
	lp := sdklog.NewLoggerProvider() // want `logger provider NewLoggerProvider is created in request-scoped code \(HTTP handler handleLogs\)`
	defer lp.Shutdown(r.Context())
}

// Good: a registry made for this request and gathered in it.
func handleGather(w http.ResponseWriter, r *http.Request) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(requests)
	families, _ := reg.Gather()
	_ = families
}

// Bad: the registry gathered is another one; this one is kept beyond the
// request.
var last *prometheus.Registry

func handleGatherOther(w http.ResponseWriter, r *http.Request) {
	reg := prometheus.NewRegistry() // want `registry prometheus.NewRegistry is created in request-scoped code`
	last = reg
	_, _ = shared.Gather()
}
