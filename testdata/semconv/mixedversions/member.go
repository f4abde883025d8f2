package mixedversions

import (
	"go.opentelemetry.io/otel/attribute"
	semconv17 "go.opentelemetry.io/otel/semconv/v1.17.0" // want `package imports semconv v1.17.0 here and v1.26.0 at dual.go:7, and uses CloudPlatformGoogleCloudOpenshift \(key "cloud.platform"\) of v1.17.0, which v1.26.0 does not declare: its telemetry`
)

// platform is an enum member whose value v1.26.0 spells gcp_openshift.
var platform = []attribute.KeyValue{semconv17.CloudPlatformGoogleCloudOpenshift}
