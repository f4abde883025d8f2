package apis

// The resource API of the OpenTelemetry SDK, where a resource's schema URL
// is set and where two schema URLs meet (Merge, and New merging what its
// detectors find).
const (
	ResourcePkg = "go.opentelemetry.io/otel/sdk/resource"

	ResourceMerge             = ResourcePkg + ".Merge"
	ResourceNew               = ResourcePkg + ".New"
	ResourceNewWithAttributes = ResourcePkg + ".NewWithAttributes"
	ResourceNewSchemaless     = ResourcePkg + ".NewSchemaless"
	ResourceEmpty             = ResourcePkg + ".Empty"
	ResourceEnvironment       = ResourcePkg + ".Environment"
	ResourceWithSchemaURL     = ResourcePkg + ".WithSchemaURL"
	ResourceWithAttributes    = ResourcePkg + ".WithAttributes"
	ResourceWithFromEnv       = ResourcePkg + ".WithFromEnv"
)

// ResourceDefault are the functions returning the SDK's default resource,
// whose schema URL is that of the semconv package the SDK's resource
// package imports (service.name and telemetry.sdk.* are always detected).
var ResourceDefault = funcs(ResourcePkg, "Default", "DefaultWithContext")

// ResourceSchemaless are the functions returning a resource without a
// schema URL: OTEL_RESOURCE_ATTRIBUTES and OTEL_SERVICE_NAME carry none.
var ResourceSchemaless = []string{ResourceNewSchemaless, ResourceEmpty, ResourceEnvironment, ResourcePkg + ".EnvironmentWithContext"}

// ResourceSDKDetectors are the options of resource.New that add a detector
// of the SDK which always yields a resource with the SDK's schema URL: one
// that cannot fail or find nothing on a supported platform. The options
// whose detectors may fail or find nothing (WithOSDescription,
// WithProcessExecutablePath, WithProcessOwner, WithContainer,
// WithContainerID, WithHostID) are not listed: a conflict with them
// depends on where the program runs. WithProcess and WithOS are listed
// for the detectors among theirs that always succeed (the process id, the
// OS type), and WithService for the service name it always finds.
var ResourceSDKDetectors = funcs(ResourcePkg,
	"WithTelemetrySDK", "WithHost", "WithOS", "WithOSType", "WithService",
	"WithProcess", "WithProcessPID", "WithProcessExecutableName", "WithProcessCommandArgs",
	"WithProcessRuntimeName", "WithProcessRuntimeVersion", "WithProcessRuntimeDescription")

func init() {
	pkgs(ResourcePkg)
	def(ResourceMerge, ResourceNew, ResourceNewWithAttributes, ResourceWithSchemaURL, ResourceWithAttributes, ResourceWithFromEnv)
	def(ResourceDefault...)
	def(ResourceSchemaless...)
	def(ResourceSDKDetectors...)
}
