package apis_test

import (
	"slices"
	"testing"

	"github.com/otellint/otellint/internal/apis"
)

// TestPromWithLabelValues proves against the real client_golang that the
// methods taking label values in order take ...string, and that the other
// methods of PromWith do not.
func TestPromWithLabelValues(t *testing.T) {
	lookup := realFunc(t, "github.com/prometheus/client_golang/prometheus")
	if len(apis.PromWithLabelValues) != 8 {
		t.Errorf("%d methods, want 2 for each of the 4 collector types", len(apis.PromWithLabelValues))
	}
	for _, key := range apis.PromWith {
		fn := lookup(key)
		if fn == nil {
			t.Errorf("%s: not found", key)
			continue
		}
		sig := fn.Signature()
		values := sig.Variadic() && sig.Params().At(sig.Params().Len()-1).Type().String() == "[]string"
		if values != slices.Contains(apis.PromWithLabelValues, key) {
			t.Errorf("%s %v: takes label values %v, listed %v", key, sig, values, !values)
		}
	}
}
