// Package schemaonly uses the schema URL of semconv v1.17.0 and a package // want package:"semconv v1.17.0 in otellint.test/semconv/mixedmodule/schemaonly, v1.26.0 in otellint.test/semconv/mixedmodule/newer"
// of the same module that uses v1.26.0. The schema URL names the version
// the resource's attributes follow, and the attributes are the newer
// package's: no key differs, and the import is not reported.
package schemaonly

import (
	"go.opentelemetry.io/otel/sdk/resource"
	semconv "go.opentelemetry.io/otel/semconv/v1.17.0"

	"otellint.test/semconv/mixedmodule/newer"
)

// Resource returns the resource of the service.
func Resource() *resource.Resource {
	return resource.NewWithAttributes(semconv.SchemaURL, newer.Service("shop")...)
}
