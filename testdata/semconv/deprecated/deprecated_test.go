package deprecated

import (
	"testing"

	"go.opentelemetry.io/otel/attribute"
)

// TestOldKeys asserts the old keys of an exporter's output: tests are not
// checked.
func TestOldKeys(t *testing.T) {
	want := attribute.String("http.method", "GET")
	if want.Key != "http.method" {
		t.Fatal(want)
	}
}
