// Package older uses semconv v1.17.0 and a package of the same module // want package:"semconv v1.17.0 in otellint.test/semconv/mixedmodule/older, v1.26.0 in otellint.test/semconv/mixedmodule/newer"
// that uses v1.26.0. It sets only service.version from v1.17.0, a key the
// same in v1.26.0: what the module emits does not differ, and the import
// is not reported.
package older

import (
	"go.opentelemetry.io/otel/attribute"
	semconv "go.opentelemetry.io/otel/semconv/v1.17.0"

	"otellint.test/semconv/mixedmodule/newer"
)

// Attributes returns the attributes of a request.
func Attributes(name, host string) []attribute.KeyValue {
	return append(newer.Service(name), semconv.ServiceVersion(host))
}
