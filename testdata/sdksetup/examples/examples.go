// Package examples holds the examples of the pass's documentation, each
// reported example beside its silent twin (suffixed OK), so that the
// documentation cannot say what the pass does not do. The example of
// missing-service-name is in package servicename, which runs with
// service-name: require-code.
package main

import (
	"context"
	"log"
	"net/http"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

func initTracing(exp sdktrace.SpanExporter) {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)) // want `tracer provider tp is never shut down \(otel.SetTracerProvider keeps it in use but does not shut it down\)`
	otel.SetTracerProvider(tp)
}

func initTracingOK(exp sdktrace.SpanExporter) func(context.Context) error { // want initTracingOK:"returns shutdown in result 0"
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
	return tp.Shutdown
}

func newSpanExporter() sdktrace.SpanExporter { return nil }

func main() { // want main:"shuts down"
	shutdown := initTracingOK(newSpanExporter())
	defer shutdown(context.Background()) // want `the deferred shutdown does not run when the function leaves through log.Fatal \(line 36\)`
	if err := http.ListenAndServe(":8080", nil); err != nil {
		log.Fatal(err)
	}
}

func mainOK() { // want mainOK:"shuts down"
	shutdown := initTracingOK(newSpanExporter())
	defer shutdown(context.Background())
	if err := http.ListenAndServe(":8080", nil); err != nil {
		log.Print(err)
	}
}

func newProvider(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp)) // want `sdktrace.WithSyncer exports every span on the goroutine that ends it`
}

func newProviderOK(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
}

func newSampledProvider() *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(
		sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(0.1))), // want `the sampler is hard-coded, which overrides OTEL_TRACES_SAMPLER`
	)
}

func newSampledProviderOK(rate float64) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(
		sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(rate))),
	)
}

func newRatioProvider(rate float64) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(
		sdktrace.WithSampler(sdktrace.TraceIDRatioBased(rate)), // want `TraceIDRatioBased as the root sampler ignores the caller's sampling decision`
	)
}

func newRatioProviderOK(rate float64) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(
		sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(rate))),
	)
}

func newBatcher(exp sdktrace.SpanExporter) sdktrace.SpanProcessor {
	return sdktrace.NewBatchSpanProcessor(exp,
		sdktrace.WithMaxQueueSize(1024),
		sdktrace.WithMaxExportBatchSize(4096), // want `max export batch size 4096 is larger than the max queue size 1024`
	)
}

func newBatcherOK(exp sdktrace.SpanExporter) sdktrace.SpanProcessor {
	return sdktrace.NewBatchSpanProcessor(exp,
		sdktrace.WithMaxQueueSize(4096),
		sdktrace.WithMaxExportBatchSize(1024),
	)
}

func newExporter(ctx context.Context) (*otlptrace.Exporter, error) {
	return otlptracehttp.New(ctx, otlptracehttp.WithEndpoint("http://collector:4318")) // want `WithEndpoint takes host:port, but "http://collector:4318" has a scheme, so every export fails`
}

func newExporterOK(ctx context.Context) (*otlptrace.Exporter, error) {
	return otlptracehttp.New(ctx, otlptracehttp.WithEndpointURL("http://collector:4318/v1/traces"))
}
