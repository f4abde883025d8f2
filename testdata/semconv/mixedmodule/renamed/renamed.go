// Package renamed uses semconv v1.17.0 and a package of the same module // want package:"semconv v1.17.0 in otellint.test/semconv/mixedmodule/renamed, v1.26.0 in otellint.test/semconv/mixedmodule/newer"
// that uses v1.26.0, and sets http.method from v1.17.0, a key the newer
// conventions renamed http.request.method: the module emits the request
// method under two names.
package renamed

import (
	"net/http"

	"go.opentelemetry.io/otel/attribute"
	semconv "go.opentelemetry.io/otel/semconv/v1.17.0" // want `package imports semconv v1.17.0 while package otellint.test/semconv/mixedmodule/newer of this module uses v1.26.0, and uses HTTPMethodKey \(key "http.method"\) from it, renamed "http.request.method" by the semantic conventions: services of one module should emit one version of the conventions; move to v1.26.0`

	"otellint.test/semconv/mixedmodule/newer"
)

// methodKey is the key of the request method, as v1.17.0 names it.
var methodKey = semconv.HTTPMethodKey

// Attributes returns the attributes of a request.
func Attributes(r *http.Request) []attribute.KeyValue {
	return append(newer.Service("shop"), methodKey.String(r.Method), semconv.ServiceVersion("1"))
}
