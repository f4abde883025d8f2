// Package older uses semconv v1.17.0 and a package of the same module // want package:"semconv v1.17.0 in otellint.test/semconv/mixedmodule/older, v1.26.0 in otellint.test/semconv/mixedmodule/newer"
// that uses v1.26.0.
package older

import (
	"go.opentelemetry.io/otel/attribute"
	semconv "go.opentelemetry.io/otel/semconv/v1.17.0" // want `package imports semconv v1.17.0 while package otellint.test/semconv/mixedmodule/newer of this module uses v1.26.0: services of one module should emit one version of the conventions; move to v1.26.0`

	"otellint.test/semconv/mixedmodule/newer"
)

// Attributes returns the attributes of a request.
func Attributes(name, host string) []attribute.KeyValue {
	return append(newer.Service(name), semconv.ServiceVersion(host))
}
