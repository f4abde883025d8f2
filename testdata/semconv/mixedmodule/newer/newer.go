// Package newer uses semconv v1.26.0. // want package:"semconv v1.26.0 in otellint.test/semconv/mixedmodule/newer"
package newer

import (
	"go.opentelemetry.io/otel/attribute"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
)

// Service returns the service attributes.
func Service(name string) []attribute.KeyValue {
	return []attribute.KeyValue{semconv.ServiceName(name)}
}
