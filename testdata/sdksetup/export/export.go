// Package export sets up processors that export on the caller's
// goroutine, beside the exporters for which that is what is wanted.
package export

import (
	"context"

	"go.opentelemetry.io/otel/exporters/otlp/otlplog/otlploghttp"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/exporters/stdout/stdoutlog"
	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	sdklog "go.opentelemetry.io/otel/sdk/log"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
)

func syncer(ctx context.Context) *sdktrace.TracerProvider {
	exp, _ := otlptracehttp.New(ctx)
	return sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp)) // want `sdktrace.WithSyncer exports every span on the goroutine that ends it`
}

func simple(ctx context.Context) sdktrace.SpanProcessor {
	exp, _ := otlptracehttp.New(ctx)
	return sdktrace.NewSimpleSpanProcessor(exp) // want `a simple span processor exports every span`
}

func simpleLog(ctx context.Context) *sdklog.LoggerProvider {
	exp, _ := otlploghttp.New(ctx)
	return sdklog.NewLoggerProvider(sdklog.WithProcessor(sdklog.NewSimpleProcessor(exp))) // want `a simple log processor exports every record`
}

func blocking(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp, sdktrace.WithBlocking())) // want `sdktrace.WithBlocking makes the goroutine that ends a span wait`
}

// chosen is an exporter chosen by configuration: OTLP behind a simple
// processor is possible.
func chosen(ctx context.Context, kind string) *sdktrace.TracerProvider {
	var exp sdktrace.SpanExporter
	switch kind {
	case "stdout":
		exp, _ = stdouttrace.New()
	default:
		exp, _ = otlptracehttp.New(ctx)
	}
	return sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp)) // want `sdktrace.WithSyncer exports`
}

// Exporters that stay in the process.

func stdout() *sdktrace.TracerProvider {
	exp, _ := stdouttrace.New(stdouttrace.WithPrettyPrint())
	return sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
}

func stdoutInterface() sdktrace.SpanProcessor {
	var exp sdktrace.SpanExporter
	exp, _ = stdouttrace.New()
	return sdktrace.NewSimpleSpanProcessor(exp)
}

func stdoutLog() *sdklog.LoggerProvider {
	exp, _ := stdoutlog.New()
	return sdklog.NewLoggerProvider(sdklog.WithProcessor(sdklog.NewSimpleProcessor(exp)))
}

func memory() (*sdktrace.TracerProvider, *tracetest.InMemoryExporter) {
	exp := tracetest.NewInMemoryExporter()
	return sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp)), exp
}

func batched(ctx context.Context) *sdktrace.TracerProvider {
	exp, _ := otlptracehttp.New(ctx)
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
}

// recorder is the program's own exporter: it keeps the spans in memory
// for the program to read back, so it wants them as they end.
type recorder struct{ spans []sdktrace.ReadOnlySpan }

// ExportSpans keeps the spans.
func (r *recorder) ExportSpans(_ context.Context, spans []sdktrace.ReadOnlySpan) error {
	r.spans = append(r.spans, spans...)
	return nil
}

// Shutdown has nothing to release.
func (r *recorder) Shutdown(context.Context) error { return nil }

func ownRecorder(r *recorder) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSyncer(r))
}

// ownRecorderAsInterface hides the exporter behind the interface: it may
// be anything.
func ownRecorderAsInterface(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp)) // want `sdktrace.WithSyncer exports`
}
