// Package telemetry sets the program's tracing up; its API names no
// OpenTelemetry type.
package telemetry

import (
	"context"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// Init installs a tracer provider and returns its shutdown.
func Init() func() {
	tp := sdktrace.NewTracerProvider()
	otel.SetTracerProvider(tp)
	return func() { _ = tp.Shutdown(context.Background()) }
}
