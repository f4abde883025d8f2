package withtests

import (
	"testing"

	"go.opentelemetry.io/otel/attribute"
)

func TestKeys(t *testing.T) {
	kv := attribute.String("http.method", "GET") // want `attribute key "http.method" is deprecated`
	if kv.Valid() {
		t.Log(kv)
	}
}
