// Command loadgen generates spans to load a tracing back end: its spans
// are its product, it serves no requests and installs no global
// provider, so WithBlocking is deliberate back-pressure that keeps every
// generated span.
package main

import (
	"context"
	"log"

	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

func main() { // want main:"shuts down"
	ctx := context.Background()
	exp, err := otlptracehttp.New(ctx)
	if err != nil {
		log.Print(err)
		return
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp, sdktrace.WithBlocking()))
	defer tp.Shutdown(ctx)
	tracer := tp.Tracer("loadgen")
	for range 1000 {
		_, span := tracer.Start(ctx, "generated")
		span.End()
	}
}
