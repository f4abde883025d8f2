// Package mixedversions imports semconv v1.17.0 beside v1.26.0. An import // want package:"semconv v1.17.0 in otellint.test/semconv/mixedversions, v1.26.0 in otellint.test/semconv/mixedversions"
// of the older version is reported where the file uses a key from it that
// v1.26.0 no longer declares; the files that use from it only keys the
// same in both versions, or its schema URL, are not.
package mixedversions

import (
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/sdk/resource"
	semconv17 "go.opentelemetry.io/otel/semconv/v1.17.0"
)

// service sets from v1.17.0 only keys and members that v1.26.0 declares
// alike, under the schema URL of v1.17.0: nothing emitted differs.
func service() *resource.Resource {
	attrs := []attribute.KeyValue{
		semconv17.ServiceName("shop"),
		semconv17.ServiceVersionKey.String("1"),
		semconv17.CloudPlatformAWSEC2,
	}
	return resource.NewWithAttributes(semconv17.SchemaURL, attrs...)
}
