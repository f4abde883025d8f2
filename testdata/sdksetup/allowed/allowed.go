// Package allowed runs with go.opentelemetry.io/otel/sdk/trace.ParentBased
// among the allowed samplers.
package allowed

import sdktrace "go.opentelemetry.io/otel/sdk/trace"

func parentBased() *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(0.1))))
}

func always() *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(sdktrace.AlwaysSample())) // want `the sampler is hard-coded` `AlwaysSample as the root sampler`
}
