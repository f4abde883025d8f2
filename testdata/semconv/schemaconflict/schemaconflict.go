// Package schemaconflict builds resources whose construction fails with // want package:"semconv v1.17.0 in otellint.test/semconv/schemaconflict, v1.26.0 in otellint.test/semconv/schemaconflict, v1.43.0 in otellint.test/semconv/schemaconflict"
// "conflicting Schema URL" beside resources that are built without error.
// The functions named conflict* fail at run time and are reported; those
// named silent* succeed and are not; those named depends* fail or not
// depending on where the program runs, and are not reported. The run
// folder calls every one of them, which the pass's tests do.
package schemaconflict

import (
	"context"
	"os"

	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv17 "go.opentelemetry.io/otel/semconv/v1.17.0"
	semconv26 "go.opentelemetry.io/otel/semconv/v1.26.0"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
)

// Cases are the scenarios, by name.
var Cases = map[string]func(context.Context) error{
	"conflictMergeDefault":    conflictMergeDefault,
	"conflictMergeVariable":   conflictMergeVariable,
	"conflictMergeReversed":   conflictMergeReversed,
	"conflictMergeTwo":        conflictMergeTwo,
	"conflictNewSchemaURL":    conflictNewSchemaURL,
	"conflictNewProcess":      conflictNewProcess,
	"conflictMergeNew":        conflictMergeNew,
	"silentSameVersion":       silentSameVersion,
	"silentSchemaless":        silentSchemaless,
	"silentEmpty":             silentEmpty,
	"silentNewAttributesOnly": silentNewAttributesOnly,
	"silentNewFromEnv":        silentNewFromEnv,
	"silentNewSameVersion":    silentNewSameVersion,
	"silentUnknownURL":        silentUnknownURL,
	"silentTracerProvider":    silentTracerProvider,
	"dependsContainer":        dependsContainer,
}

func conflictMergeDefault(ctx context.Context) error {
	_, err := resource.Merge(resource.Default(),
		resource.NewWithAttributes(semconv26.SchemaURL, semconv26.ServiceName("shop"))) // want `resource.Merge fails with "conflicting Schema URL": this schema URL is of semconv 1.26.0, the SDK's default resource and detectors use 1.43.0; use the SchemaURL of go.opentelemetry.io/otel/semconv/v1.43.0 \(the SDK's version\) or build the resource with resource.NewSchemaless`
	return err
}

func conflictMergeVariable(ctx context.Context) error {
	own := resource.NewWithAttributes(semconv17.SchemaURL, semconv17.ServiceName("shop")) // want `semconv 1.17.0, the SDK's`
	_, err := resource.Merge(resource.Default(), own)
	return err
}

func conflictMergeReversed(ctx context.Context) error {
	_, err := resource.Merge(resource.NewWithAttributes(semconv26.SchemaURL), resource.Default()) // want `semconv 1.26.0, the SDK's`
	return err
}

func conflictMergeTwo(ctx context.Context) error {
	a := resource.NewWithAttributes(semconv17.SchemaURL, semconv17.ServiceName("shop"))
	_, err := resource.Merge(a, resource.NewWithAttributes(semconv26.SchemaURL, semconv26.ServiceVersion("1"))) // want `this schema URL is of semconv 1.26.0, the other resource's is of 1.17.0; give both the schema URL of one semconv version`
	return err
}

func conflictNewSchemaURL(ctx context.Context) error {
	_, err := resource.New(ctx,
		resource.WithSchemaURL(semconv26.SchemaURL), // want `resource.New fails with "conflicting Schema URL": this schema URL is of semconv 1.26.0`
		resource.WithAttributes(semconv26.ServiceName("shop")),
		resource.WithTelemetrySDK(),
	)
	return err
}

func conflictNewProcess(ctx context.Context) error {
	_, err := resource.New(ctx, resource.WithProcess(), resource.WithSchemaURL("https://opentelemetry.io/schemas/1.17.0")) // want `semconv 1.17.0, the SDK's`
	return err
}

func conflictMergeNew(ctx context.Context) error {
	own, err := resource.New(ctx, resource.WithSchemaURL(semconv26.SchemaURL), resource.WithAttributes(semconv26.ServiceName("shop"))) // want `resource.Merge fails .* semconv 1.26.0`
	if err != nil {
		return nil // not this scenario's error
	}
	_, err = resource.Merge(resource.Default(), own)
	return err
}

func silentSameVersion(ctx context.Context) error {
	_, err := resource.Merge(resource.Default(), resource.NewWithAttributes(semconv.SchemaURL, semconv.ServiceName("shop")))
	return err
}

func silentSchemaless(ctx context.Context) error {
	_, err := resource.Merge(resource.Default(), resource.NewSchemaless(semconv26.ServiceName("shop")))
	return err
}

func silentEmpty(ctx context.Context) error {
	_, err := resource.Merge(resource.Empty(), resource.NewWithAttributes(semconv17.SchemaURL))
	return err
}

func silentNewAttributesOnly(ctx context.Context) error {
	_, err := resource.New(ctx, resource.WithSchemaURL(semconv26.SchemaURL), resource.WithAttributes(semconv26.ServiceName("shop")))
	return err
}

func silentNewFromEnv(ctx context.Context) error {
	_, err := resource.New(ctx, resource.WithFromEnv(), resource.WithSchemaURL(semconv26.SchemaURL))
	return err
}

func silentNewSameVersion(ctx context.Context) error {
	own, err := resource.New(ctx, resource.WithSchemaURL(semconv.SchemaURL), resource.WithHost(), resource.WithOS())
	if err != nil {
		return err
	}
	_, err = resource.Merge(resource.Default(), own)
	return err
}

func silentUnknownURL(ctx context.Context) error {
	_, err := resource.New(ctx, resource.WithSchemaURL(os.Getenv("SHOP_SCHEMA_URL")), resource.WithTelemetrySDK())
	return err
}

// silentTracerProvider: the tracer provider merges its resource with the
// environment's, which has no schema URL. An error would reach the
// global error handler, which the run folder watches.
func silentTracerProvider(ctx context.Context) error {
	tp := sdktrace.NewTracerProvider(sdktrace.WithResource(resource.NewWithAttributes(semconv26.SchemaURL, semconv26.ServiceName("shop"))))
	return tp.Shutdown(ctx)
}

// dependsContainer: the container detector finds an id only inside a
// container; elsewhere its resource is empty.
func dependsContainer(ctx context.Context) error {
	_, err := resource.New(ctx, resource.WithSchemaURL(semconv26.SchemaURL), resource.WithContainer())
	return err
}
