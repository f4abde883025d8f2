// Package samplerfix holds root samplers the fix wraps in ParentBased.
package samplerfix

import (
	"os"
	"strconv"

	trace "go.opentelemetry.io/otel/sdk/trace"
)

func always() *trace.TracerProvider {
	return trace.NewTracerProvider(trace.WithSampler(trace.AlwaysSample())) // want `the sampler is hard-coded` `AlwaysSample as the root sampler`
}

func ratio() *trace.TracerProvider {
	r, _ := strconv.ParseFloat(os.Getenv("RATE"), 64)
	return trace.NewTracerProvider(trace.WithSampler(trace.TraceIDRatioBased(r))) // want `TraceIDRatioBased as the root sampler`
}
