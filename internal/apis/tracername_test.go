package apis_test

import (
	"go/types"
	"testing"

	"github.com/otellint/otellint/internal/apis"
)

// TestNoopTracerProviders proves against the real OpenTelemetry API that
// each no-op provider is a type implementing trace.TracerProvider.
func TestNoopTracerProviders(t *testing.T) {
	lookup := realFunc(t, "go.opentelemetry.io/otel/trace", "go.opentelemetry.io/otel/trace/noop")
	iface := lookup(apis.TracerProviderTrace)
	if iface == nil {
		t.Fatalf("%s: not found", apis.TracerProviderTrace)
	}
	provider := iface.Signature().Recv().Type()
	for _, full := range apis.NoopTracerProviders {
		fn := lookup("(" + full + ").Tracer")
		if fn == nil {
			t.Errorf("%s: no Tracer method", full)
			continue
		}
		recv := fn.Signature().Recv().Type()
		if !types.Implements(recv, provider.Underlying().(*types.Interface)) {
			t.Errorf("%s does not implement %v", full, provider)
		}
	}
}
