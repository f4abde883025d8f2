// Package same uses the version of the packages it imports. // want package:"semconv v1.17.0 in otellint.test/semconv/mixedmodule/older, v1.26.0 in otellint.test/semconv/mixedmodule/same"
package same

import (
	"go.opentelemetry.io/otel/attribute"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"

	"otellint.test/semconv/mixedmodule/older"
)

// Attributes returns the attributes of a request.
func Attributes(name, host string) []attribute.KeyValue {
	return append(older.Attributes(name, host), semconv.ServiceVersion("1"))
}
