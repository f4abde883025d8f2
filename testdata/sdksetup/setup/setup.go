// Package setup sets the SDK up the ways real services do; the facts it
// learns (which functions shut a provider down, which return a cleanup
// that does) are used by package skipped.
package setup

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlpmetric/otlpmetrichttp"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
)

// InitObservability is the article's set-up: it returns a cleanup that
// shuts both providers down. The paths that return an error before the
// cleanup exists leave the tracer provider running: the caller will not
// run the program. Its sampler is hard-coded and ignores the parent.
func InitObservability(ctx context.Context, serviceName, version string) (func(), error) { // want InitObservability:"returns shutdown in result 0"
	res, err := resource.New(ctx,
		resource.WithAttributes(
			semconv.ServiceName(serviceName),
			semconv.ServiceVersion(version),
		),
	)
	if err != nil {
		return nil, fmt.Errorf("failed to create resource: %w", err)
	}
	traceExporter, err := otlptracehttp.New(ctx,
		otlptracehttp.WithEndpoint("localhost:4318"),
		otlptracehttp.WithInsecure(),
	)
	if err != nil {
		return nil, fmt.Errorf("failed to create trace exporter: %w", err)
	}
	tp := sdktrace.NewTracerProvider(
		sdktrace.WithBatcher(traceExporter),
		sdktrace.WithResource(res),
		sdktrace.WithSampler(sdktrace.TraceIDRatioBased(0.1)), // want `the sampler is hard-coded` `TraceIDRatioBased as the root sampler`
	)
	otel.SetTracerProvider(tp)

	metricExporter, err := otlpmetrichttp.New(ctx,
		otlpmetrichttp.WithEndpoint("localhost:4318"),
		otlpmetrichttp.WithInsecure(),
	)
	if err != nil {
		return nil, fmt.Errorf("failed to create metric exporter: %w", err)
	}
	mp := metric.NewMeterProvider(
		metric.WithReader(metric.NewPeriodicReader(metricExporter, metric.WithInterval(10*time.Second))),
		metric.WithResource(res),
	)
	otel.SetMeterProvider(mp)

	return func() {
		shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := tp.Shutdown(shutdownCtx); err != nil {
			fmt.Printf("Error shutting down tracer provider: %v\n", err)
		}
		if err := mp.Shutdown(shutdownCtx); err != nil {
			fmt.Printf("Error shutting down meter provider: %v\n", err)
		}
	}, nil
}

// SetupOTelSDK is the shape of the OpenTelemetry getting-started guide:
// the Shutdown method values are collected in a slice that the returned
// shutdown function calls in turn.
func SetupOTelSDK(ctx context.Context) (shutdown func(context.Context) error, err error) { // want SetupOTelSDK:"returns shutdown in result 0"
	var shutdownFuncs []func(context.Context) error
	shutdown = func(ctx context.Context) error {
		var err error
		for _, fn := range shutdownFuncs {
			err = errors.Join(err, fn(ctx))
		}
		shutdownFuncs = nil
		return err
	}
	handleErr := func(inErr error) {
		err = errors.Join(inErr, shutdown(ctx))
	}
	traceExporter, err := otlptracehttp.New(ctx)
	if err != nil {
		handleErr(err)
		return
	}
	tracerProvider := sdktrace.NewTracerProvider(sdktrace.WithBatcher(traceExporter))
	shutdownFuncs = append(shutdownFuncs, tracerProvider.Shutdown)
	otel.SetTracerProvider(tracerProvider)

	metricExporter, err := otlpmetrichttp.New(ctx)
	if err != nil {
		handleErr(err)
		return
	}
	meterProvider := metric.NewMeterProvider(metric.WithReader(metric.NewPeriodicReader(metricExporter)))
	shutdownFuncs = append(shutdownFuncs, meterProvider.Shutdown)
	otel.SetMeterProvider(meterProvider)
	return
}

// Telemetry keeps the providers of a service; Close shuts them down.
type Telemetry struct {
	tp *sdktrace.TracerProvider
	mp *metric.MeterProvider
}

// New creates the providers and hands them to the Telemetry it returns.
func New(exp sdktrace.SpanExporter, reader metric.Reader) *Telemetry {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
	return &Telemetry{tp: tp, mp: metric.NewMeterProvider(metric.WithReader(reader))}
}

// Close shuts both providers down.
func (t *Telemetry) Close(ctx context.Context) error { // want Close:"shuts down"
	return errors.Join(t.tp.Shutdown(ctx), t.mp.Shutdown(ctx))
}

// shutdownAll is a function of the package that shuts down: used as a
// value, it is a shutdown too.
func shutdownAll(ctx context.Context, tp *sdktrace.TracerProvider) { // want shutdownAll:"shuts down"
	_ = tp.Shutdown(ctx)
}

// Start returns a cleanup made of a closure that calls a function of the
// package that shuts down.
func Start(ctx context.Context, exp sdktrace.SpanExporter) func() { // want Start:"returns shutdown in result 0"
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
	return func() { shutdownAll(ctx, tp) }
}

// Chain returns the cleanup of another set-up function.
func Chain(ctx context.Context) (func(context.Context) error, error) { // want Chain:"returns shutdown in result 0"
	return SetupOTelSDK(ctx)
}
