// Command loadgenglobal is loadgen that also installs its provider as
// the global one, which the instrumentation of requests uses: a blocked
// queue stalls them.
package main

import (
	"context"
	"log"

	"go.opentelemetry.io/otel"
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
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp, sdktrace.WithBlocking())) // want `sdktrace.WithBlocking makes the goroutine that ends a span wait`
	defer tp.Shutdown(ctx)
	otel.SetTracerProvider(tp)
	tracer := otel.Tracer("loadgen")
	for range 1000 {
		_, span := tracer.Start(ctx, "generated")
		span.End()
	}
}
