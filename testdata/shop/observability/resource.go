package observability

import (
	"context"

	"go.opentelemetry.io/otel/sdk/resource"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
)

// DefaultResource adds the service name to the SDK's default resource.
// The SDK's default resource carries the schema URL of the semconv
// version the SDK uses, which is not v1.26.0: the merge fails at start-up
// with "conflicting Schema URL".
func DefaultResource() (*resource.Resource, error) {
	return resource.Merge(resource.Default(),
		resource.NewWithAttributes(semconv.SchemaURL, semconv.ServiceName("shop"))) // finding: semconv/schema-conflict
}

// ServiceResource does the same with a schemaless resource, which merges
// with any schema URL.
func ServiceResource(ctx context.Context) (*resource.Resource, error) {
	return resource.Merge(resource.Default(), resource.NewSchemaless(semconv.ServiceName("shop")))
}
