// Command resourceoptions builds a resource with each option of
// resource.New that adds detectors and prints the option's name, whether
// the resource has the schema URL of resource.Default(), and the error.
package main

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"go.opentelemetry.io/otel/sdk/resource"
)

var options = map[string]func() resource.Option{
	"WithTelemetrySDK":              resource.WithTelemetrySDK,
	"WithHost":                      resource.WithHost,
	"WithHostID":                    resource.WithHostID,
	"WithOS":                        resource.WithOS,
	"WithOSType":                    resource.WithOSType,
	"WithOSDescription":             resource.WithOSDescription,
	"WithProcess":                   resource.WithProcess,
	"WithProcessPID":                resource.WithProcessPID,
	"WithProcessExecutableName":     resource.WithProcessExecutableName,
	"WithProcessExecutablePath":     resource.WithProcessExecutablePath,
	"WithProcessCommandArgs":        resource.WithProcessCommandArgs,
	"WithProcessOwner":              resource.WithProcessOwner,
	"WithProcessRuntimeName":        resource.WithProcessRuntimeName,
	"WithProcessRuntimeVersion":     resource.WithProcessRuntimeVersion,
	"WithProcessRuntimeDescription": resource.WithProcessRuntimeDescription,
	"WithContainer":                 resource.WithContainer,
	"WithContainerID":               resource.WithContainerID,
	"WithService":                   resource.WithService,
	"WithFromEnv":                   resource.WithFromEnv,
}

func main() {
	sdk := resource.Default().SchemaURL()
	for _, name := range slices.Sorted(maps.Keys(options)) {
		r, err := resource.New(context.Background(), options[name]())
		fmt.Printf("%s\t%v\t%v\n", name, r.SchemaURL() == sdk, err)
	}
}
