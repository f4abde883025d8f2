package never

import (
	"context"
	"encoding/json"
	"os"
	"sync"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
)

// statusRecorder keeps the status of the last span it is given, for a
// test to read back: its spans never leave the process.
type statusRecorder struct {
	mu     sync.Mutex
	status *string
}

func (r *statusRecorder) ExportSpans(_ context.Context, spans []sdktrace.ReadOnlySpan) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(spans) > 0 {
		*r.status = spans[0].Status().Code.String()
	}
	return nil
}

func (r *statusRecorder) Shutdown(context.Context) error { return nil }

// registerRecorder installs the recorder: what the batcher still holds
// at exit dies with the process like what it has exported.
func (r *statusRecorder) registerRecorder() {
	otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithBatcher(r)))
}

// registerInMemory does the same with the SDK's in-memory exporter.
func registerInMemory() *tracetest.InMemoryExporter {
	exp := tracetest.NewInMemoryExporter()
	otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)))
	return exp
}

// fileRecorder writes its spans to a file: they leave the process.
type fileRecorder struct{ f *os.File }

func (r *fileRecorder) ExportSpans(_ context.Context, spans []sdktrace.ReadOnlySpan) error {
	return json.NewEncoder(r.f).Encode(len(spans))
}

func (r *fileRecorder) Shutdown(context.Context) error { return r.f.Close() }

func registerFile(r *fileRecorder) {
	otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithBatcher(r))) // want `tracer provider passed to otel.SetTracerProvider is never shut down`
}

// forwarder hands the spans on to another exporter, which sends them
// wherever it does.
type forwarder struct{ next sdktrace.SpanExporter }

func (f *forwarder) ExportSpans(ctx context.Context, spans []sdktrace.ReadOnlySpan) error {
	return f.next.ExportSpans(ctx, spans)
}

func (f *forwarder) Shutdown(ctx context.Context) error { return f.next.Shutdown(ctx) }

func registerForwarder(f *forwarder) {
	otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithBatcher(f))) // want `tracer provider passed to otel.SetTracerProvider is never shut down`
}
