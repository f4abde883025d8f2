// Package takenback sets its provider as the global and shuts it down by
// taking it back from the global: there, the global setter is the
// hand-off.
package takenback

import (
	"context"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

func Init(exp sdktrace.SpanExporter) {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
}

// Shutdown shuts down the provider the package set as the global.
func Shutdown(ctx context.Context) { // want Shutdown:"shuts down"
	if tp, ok := otel.GetTracerProvider().(*sdktrace.TracerProvider); ok {
		_ = tp.Shutdown(ctx)
	}
}
