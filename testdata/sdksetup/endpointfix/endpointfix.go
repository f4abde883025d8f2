// Package endpointfix holds the WithEndpoint calls the fix rewrites to
// WithEndpointURL, adding the signal's path to an HTTP URL without one.
package endpointfix

import (
	"context"

	"go.opentelemetry.io/otel/exporters/otlp/otlplog/otlploghttp"
	"go.opentelemetry.io/otel/exporters/otlp/otlpmetric/otlpmetrichttp"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
)

const collectorURL = "http://collector:4318"

func exporters(ctx context.Context) {
	_, _ = otlptracehttp.New(ctx, otlptracehttp.WithEndpoint("http://collector:4318"))            // want `has a scheme`
	_, _ = otlptracehttp.New(ctx, otlptracehttp.WithEndpoint("http://collector:4318/"))           // want `has a scheme`
	_, _ = otlptracehttp.New(ctx, otlptracehttp.WithEndpoint("https://collector:4318/v1/traces")) // want `has a scheme`
	_, _ = otlpmetrichttp.New(ctx, otlpmetrichttp.WithEndpoint(collectorURL))                     // want `has a scheme`
	_, _ = otlploghttp.New(ctx, otlploghttp.WithEndpoint(`http://collector:4318`))                // want `has a scheme`
	_, _ = otlptracegrpc.New(ctx, otlptracegrpc.WithEndpoint("https://collector:4317"))           // want `has a scheme`
	_, _ = otlptracehttp.New(ctx, otlptracehttp.WithEndpoint("collector:4318/v1/traces"))         // want `has a path`
}
