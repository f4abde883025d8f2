// Package testsupport is a package of test helpers: it imports package
// testing, and nothing it sets up runs in production.
package testsupport

import (
	"context"
	"testing"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// Install sets a synchronous provider as the global for a test binary.
func Install() {
	exp, _ := otlptracehttp.New(context.Background())
	otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp), sdktrace.WithSampler(sdktrace.AlwaysSample())))
}

// Run runs a test with the provider installed.
func Run(t *testing.T, f func()) {
	Install()
	f()
}
