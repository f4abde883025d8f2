// Package endpoint gives the OTLP exporters' WithEndpoint URLs and paths,
// beside host:port values and WithEndpointURL.
package endpoint

import (
	"context"
	"fmt"
	"os"

	"go.opentelemetry.io/otel/exporters/otlp/otlplog/otlploghttp"
	"go.opentelemetry.io/otel/exporters/otlp/otlpmetric/otlpmetricgrpc"
	"go.opentelemetry.io/otel/exporters/otlp/otlpmetric/otlpmetrichttp"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
)

const collector = "https://collector.example.com:4318"

func urls(ctx context.Context, host string) {
	_, _ = otlptracehttp.New(ctx, otlptracehttp.WithEndpoint("http://localhost:4318"))         // want `WithEndpoint takes host:port, but "http://localhost:4318" has a scheme, so every export fails \("invalid port"\)`
	_, _ = otlptracegrpc.New(ctx, otlptracegrpc.WithEndpoint("http://localhost:4317"))         // want `so the gRPC connection never succeeds \("too many colons in address"\)`
	_, _ = otlpmetrichttp.New(ctx, otlpmetrichttp.WithEndpoint(collector))                     // want `has a scheme, so New fails \("invalid port"\)`
	_, _ = otlpmetricgrpc.New(ctx, otlpmetricgrpc.WithEndpoint("dns:///collector:4317"))       // want `has a scheme, so the gRPC connection never succeeds`
	_, _ = otlploghttp.New(ctx, otlploghttp.WithEndpoint("localhost:4318/v1/logs"))            // want `"localhost:4318/v1/logs" has a path, so New fails`
	_, _ = otlptracehttp.New(ctx, otlptracehttp.WithEndpoint("http://"+host+":4318"))          // want `"http://" has a scheme`
	_, _ = otlptracehttp.New(ctx, otlptracehttp.WithEndpoint(fmt.Sprintf("https://%s", host))) // want `"https://" has a scheme`
}

// InitFromEnv is the article's: it reads the standard variable, which
// holds a URL, and gives it to WithEndpoint.
func InitFromEnv(ctx context.Context) error {
	endpoint := os.Getenv("OTEL_EXPORTER_OTLP_ENDPOINT")
	if endpoint == "" {
		endpoint = "localhost:4318"
	}
	_, err := otlptracehttp.New(ctx,
		otlptracehttp.WithEndpoint(endpoint), // want `WithEndpoint takes host:port, but OTEL_EXPORTER_OTLP_ENDPOINT holds a URL`
		otlptracehttp.WithInsecure(),
	)
	return err
}

// Values that are host:port, or URLs given to WithEndpointURL.

func fine(ctx context.Context, host string) {
	_, _ = otlptracegrpc.New(ctx, otlptracegrpc.WithEndpoint("collector:4317"))
	_, _ = otlptracehttp.New(ctx, otlptracehttp.WithEndpoint("localhost:4318"))
	_, _ = otlptracehttp.New(ctx, otlptracehttp.WithEndpointURL("http://localhost:4318/v1/traces"))
	_, _ = otlptracehttp.New(ctx, otlptracehttp.WithEndpoint(host))
	_, _ = otlptracehttp.New(ctx, otlptracehttp.WithEndpoint(host+":4318"))
	_, _ = otlptracehttp.New(ctx, otlptracehttp.WithEndpoint(os.Getenv("COLLECTOR_HOST")))
	_, _ = otlptracehttp.New(ctx, otlptracehttp.WithEndpoint("[::1]:4318"))
}
