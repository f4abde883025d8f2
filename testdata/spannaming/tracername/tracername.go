// Package tracername shows empty instrumentation scope names.
package tracername

import (
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/noop"
)

const noName = ""

func tracers(tp trace.TracerProvider) {
	_ = otel.Tracer("")   // want `tracer name is empty, so its spans carry no instrumentation scope of their own \(the SDK files them under its placeholder scope\); name the tracer after the instrumenting package`
	_ = tp.Tracer("")     // want `tracer name is empty`
	_ = tp.Tracer(noName) // want `tracer name is empty`
	// Negative twins: a scope name, and the no-op provider, which ignores it.
	_ = otel.Tracer("otellint.test/spannaming/tracername")
	_ = tp.Tracer("otellint.test/spannaming/tracername", trace.WithInstrumentationVersion("1.0.0"))
	_ = noop.NewTracerProvider().Tracer("")
}
