// Package servicename runs with service-name: require-code. Its first
// functions are the documentation's example.
package servicename

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
)

func newNamedProvider(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	res := resource.NewSchemaless(attribute.String("team", "payments"))
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res)) // want `tracer provider's resource does not set service.name`
}

func newNamedProviderOK(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	res := resource.NewSchemaless(semconv.ServiceName("shop"), attribute.String("team", "payments"))
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
}

func noResource(r sdkmetric.Reader) *sdkmetric.MeterProvider {
	return sdkmetric.NewMeterProvider(sdkmetric.WithReader(r)) // want `meter provider has no resource`
}

func defaults(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	res, _ := resource.New(context.Background(), resource.WithFromEnv(), resource.WithHost())
	merged, _ := resource.Merge(resource.Default(), res)
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(merged)) // want `resource does not set service.name`
}

// Resources that name the service, or that cannot be judged.

func merged(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	res, _ := resource.Merge(resource.Default(), resource.NewWithAttributes(semconv.SchemaURL, semconv.ServiceNameKey.String("shop")))
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
}

func withNew(ctx context.Context, exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	res, _ := resource.New(ctx, resource.WithAttributes(attribute.String("service.name", "shop")))
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
}

func detector(ctx context.Context, d resource.Detector, exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	res, _ := resource.New(ctx, resource.WithDetectors(d))
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
}

func param(res *resource.Resource, exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
}

func options(opts ...sdktrace.TracerProviderOption) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(opts...)
}
