// Command server creates everything in main: silent.
package main

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

func main() {
	ctx := context.Background()
	exp, _ := otlptracehttp.New(ctx)
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	defer tp.Shutdown(ctx)
	otel.SetTracerProvider(tp)
	orders, _ := otel.Meter("server").Int64Counter("orders")
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		orders.Add(r.Context(), 1)
	})
	_ = http.ListenAndServe(":8080", nil)
}
