// Package sampler gives the tracer provider samplers written in the code,
// beside samplers taken from configuration.
package sampler

import (
	"os"
	"strconv"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

const rate = 0.25

func always() *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(sdktrace.AlwaysSample())) // want `the sampler is hard-coded` `AlwaysSample as the root sampler ignores the caller's sampling decision`
}

func ratio() *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(sdktrace.TraceIDRatioBased(rate))) // want `the sampler is hard-coded` `TraceIDRatioBased as the root sampler`
}

func parentBased() *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(0.1)))) // want `the sampler is hard-coded`
}

func defaultWritten() *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.AlwaysSample(), // want `the sampler is hard-coded`
		sdktrace.WithRemoteParentNotSampled(sdktrace.NeverSample()))))
}

func never() *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(sdktrace.NeverSample())) // want `the sampler is hard-coded`
}

func variable() *sdktrace.TracerProvider {
	s := sdktrace.AlwaysRecord(sdktrace.TraceIDRatioBased(0.5)) // want `TraceIDRatioBased as the root sampler`
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(s))  // want `the sampler is hard-coded`
}

// Samplers from configuration.

type Config struct {
	Sampler string
	Rate    float64
}

func switched(cfg Config) *sdktrace.TracerProvider {
	var s sdktrace.Sampler
	switch cfg.Sampler {
	case "always":
		s = sdktrace.AlwaysSample()
	case "never":
		s = sdktrace.NeverSample()
	default:
		s = sdktrace.ParentBased(sdktrace.TraceIDRatioBased(cfg.Rate))
	}
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(s))
}

func configured(cfg Config) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(cfg.Rate))))
}

func fromEnv() *sdktrace.TracerProvider {
	r, _ := strconv.ParseFloat(os.Getenv("SAMPLE_RATE"), 64)
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(r))))
}

func param(s sdktrace.Sampler) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(s))
}

// custom is a sampler type of the program, such as a remote sampler.
type custom struct{ sdktrace.Sampler }

func customSampler() *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(custom{sdktrace.AlwaysSample()}))
}

func remote(newRemote func() sdktrace.Sampler) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithSampler(newRemote()))
}

// A provider of a package-level initialiser, whose sampler is a package
// variable.
var (
	pkgSampler = sdktrace.ParentBased(sdktrace.TraceIDRatioBased(0.5))
	pkgTP      = sdktrace.NewTracerProvider(sdktrace.WithSampler(pkgSampler))
)
