package observability

import (
	"context"
	"os"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// The SDK set-up pitfalls, each beside its correct form.

// InitBatchTracing sets a tracer provider as the global and forgets it:
// nothing flushes its spans at exit.
func InitBatchTracing(exp sdktrace.SpanExporter) {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)) // finding: sdksetup/provider-not-shutdown
	otel.SetTracerProvider(tp)
}

// InitBatchTracingOK hands the caller the provider's Shutdown.
func InitBatchTracingOK(exp sdktrace.SpanExporter) func(context.Context) error {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
	return tp.Shutdown
}

// RunReindex is a one-shot job: os.Exit skips its deferred shutdown.
func RunReindex(ctx context.Context, reindex func(context.Context) error) {
	shutdown, err := InitObservability(ctx, "shop-reindex", "1.0.0")
	if err != nil {
		os.Exit(2)
	}
	defer func() { _ = shutdown(context.WithoutCancel(ctx)) }() // finding: sdksetup/shutdown-skipped
	if err := reindex(ctx); err != nil {
		os.Exit(1)
	}
}

// RunReindexOK returns the error, so that the shutdown runs before the
// caller exits.
func RunReindexOK(ctx context.Context, reindex func(context.Context) error) error {
	shutdown, err := InitObservability(ctx, "shop-reindex", "1.0.0")
	if err != nil {
		return err
	}
	defer func() { _ = shutdown(context.WithoutCancel(ctx)) }()
	return reindex(ctx)
}

// NewAuditProvider exports each span synchronously to the collector.
func NewAuditProvider(ctx context.Context) (*sdktrace.TracerProvider, error) {
	exp, err := otlptracehttp.New(ctx)
	if err != nil {
		return nil, err
	}
	return sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(sdktrace.NewSimpleSpanProcessor(exp))), nil // finding: sdksetup/sync-export
}

// NewDebugProvider prints spans as they end: a simple processor suits a
// local exporter.
func NewDebugProvider() (*sdktrace.TracerProvider, error) {
	exp, err := stdouttrace.New(stdouttrace.WithPrettyPrint())
	if err != nil {
		return nil, err
	}
	return sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp)), nil
}

// NewFixedRateProvider hard-codes the rate: OTEL_TRACES_SAMPLER and
// OTEL_TRACES_SAMPLER_ARG no longer apply.
func NewFixedRateProvider(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(
		sdktrace.WithBatcher(exp),
		sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(0.25))), // finding: sdksetup/sampler-override
	)
}

// NewConfiguredRateProvider takes the rate from the service's
// configuration.
func NewConfiguredRateProvider(exp sdktrace.SpanExporter, cfg struct{ SampleRate float64 }) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(
		sdktrace.WithBatcher(exp),
		sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(cfg.SampleRate))),
	)
}

// NewRatioProvider samples by ratio whatever the caller decided.
func NewRatioProvider(exp sdktrace.SpanExporter, rate float64) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(
		sdktrace.WithBatcher(exp),
		sdktrace.WithSampler(sdktrace.TraceIDRatioBased(rate)), // finding: sdksetup/root-always-sample
	)
}

// NewRatioProviderOK follows the caller's decision and samples root
// spans by ratio.
func NewRatioProviderOK(exp sdktrace.SpanExporter, rate float64) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(
		sdktrace.WithBatcher(exp),
		sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(rate))),
	)
}

// NewBulkProvider asks for batches larger than its queue.
func NewBulkProvider(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp,
		sdktrace.WithMaxQueueSize(1024),
		sdktrace.WithMaxExportBatchSize(2048), // finding: sdksetup/batch-larger-than-queue
	))
}

// NewBulkProviderOK keeps the batch within the queue.
func NewBulkProviderOK(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp,
		sdktrace.WithMaxQueueSize(8192),
		sdktrace.WithMaxExportBatchSize(2048),
	))
}

// NewCollectorExporter gives WithEndpoint a URL: every export fails.
func NewCollectorExporter(ctx context.Context) (sdktrace.SpanExporter, error) {
	return otlptracehttp.New(ctx, otlptracehttp.WithEndpoint("http://otel-collector:4318")) // finding: sdksetup/endpoint-url
}

// NewCollectorExporterOK gives the URL, with its path, to WithEndpointURL.
func NewCollectorExporterOK(ctx context.Context) (sdktrace.SpanExporter, error) {
	return otlptracehttp.New(ctx, otlptracehttp.WithEndpointURL("http://otel-collector:4318/v1/traces"))
}
