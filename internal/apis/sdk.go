package apis

// The set-up of the OpenTelemetry SDK: its providers and their Shutdown,
// the span and log processors, the samplers, the batch options, the
// resources and the endpoint options of the OTLP exporters.
const TracetestPkg = "go.opentelemetry.io/otel/sdk/trace/tracetest"

// The SDK providers, by type, and their Shutdown methods. Shutdown flushes
// what the processors still hold and shuts the exporters down.
var (
	SDKProviderTypes = []string{SDKTracePkg + ".TracerProvider", SDKMetricPkg + ".MeterProvider", SDKLogPkg + ".LoggerProvider"}
	SDKProviderNews  = []string{SDKNewTracerProvider, SDKNewMeterProvider, SDKNewLoggerProvider}
	SDKShutdowns     = []string{
		m(SDKTracePkg+".TracerProvider", "Shutdown"),
		m(SDKMetricPkg+".MeterProvider", "Shutdown"),
		m(SDKLogPkg+".LoggerProvider", "Shutdown"),
	}
)

// The options and methods that give a provider something to export: a
// provider without any holds nothing that a Shutdown would flush. A meter
// provider's reader exports only when it pushes: a PeriodicReader, or a
// reader of an unknown type; a pull reader (the Prometheus exporter, a
// ManualReader) is read by its caller and holds nothing at exit.
var (
	SDKExportingOptions = []string{
		SDKTracePkg + ".WithBatcher", SDKTracePkg + ".WithSyncer", SDKTracePkg + ".WithSpanProcessor",
		SDKLogPkg + ".WithProcessor",
	}
	SDKRegisterSpanProcessor = m(SDKTracePkg+".TracerProvider", "RegisterSpanProcessor")
)

// The metric SDK's reader option and its pushing reader.
const (
	SDKWithReader         = SDKMetricPkg + ".WithReader"
	SDKPeriodicReaderType = SDKMetricPkg + ".PeriodicReader"
)

// The options that export on the caller's goroutine: a simple processor
// exports each span or record when it ends, and a batch span processor
// with WithBlocking makes the ending goroutine wait while its queue is
// full.
const (
	SDKWithSyncer             = SDKTracePkg + ".WithSyncer"
	SDKNewSimpleSpanProcessor = SDKTracePkg + ".NewSimpleSpanProcessor"
	SDKLogNewSimpleProcessor  = SDKLogPkg + ".NewSimpleProcessor"
	SDKWithBlocking           = SDKTracePkg + ".WithBlocking"
)

// OtelSetTracerProvider installs the global tracer provider, the one the
// instrumentation of requests (otelhttp, otelgrpc) uses by default.
const OtelSetTracerProvider = OtelPkg + ".SetTracerProvider"

// ServerPkgs are the packages a program imports to serve requests itself
// (net/http serves as well as calls).
var ServerPkgs = []string{HTTPPkg, "google.golang.org/grpc"}

// LocalExporterTypes are the exporters whose export stays in the process
// (standard output, memory): behind a simple processor they cost what
// printing costs, and they are what the processor is for.
var LocalExporterTypes = []string{
	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace.Exporter",
	"go.opentelemetry.io/otel/exporters/stdout/stdoutlog.Exporter",
	TracetestPkg + ".InMemoryExporter",
}

// MemoryExporterTypes are the span exporters that keep what they export
// in the process's memory, for the program to read back.
var MemoryExporterTypes = []string{TracetestPkg + ".InMemoryExporter"}

// InProcessPkgs are the packages that an exporter's export method may call
// and still keep the spans in the process: OpenTelemetry's own (reading
// the spans) and sync (guarding the buffer), but not its exporters
// (OtelExportersPkg). Each is a path prefix.
var InProcessPkgs = []string{OtelPkg, SyncPkg}

// OtelExportersPkg is the prefix of the OpenTelemetry exporters' packages,
// which send what they export out of the process.
const OtelExportersPkg = OtelPkg + "/exporters"

// The samplers of the trace SDK and the option that sets one.
const (
	SDKWithSampler       = SDKTracePkg + ".WithSampler"
	SDKAlwaysSample      = SDKTracePkg + ".AlwaysSample"
	SDKNeverSample       = SDKTracePkg + ".NeverSample"
	SDKTraceIDRatioBased = SDKTracePkg + ".TraceIDRatioBased"
	SDKParentBased       = SDKTracePkg + ".ParentBased"
	// SDKAlwaysRecord wraps a sampler, turning its drops into record-only
	// decisions: the sampling decision stays the wrapped sampler's.
	SDKAlwaysRecord = SDKTracePkg + ".AlwaysRecord"
)

// SDKParentBasedOptions are the options of ParentBased, each taking the
// sampler for one kind of parent.
var SDKParentBasedOptions = funcs(SDKTracePkg,
	"WithRemoteParentSampled", "WithRemoteParentNotSampled", "WithLocalParentSampled", "WithLocalParentNotSampled")

// The batch span processor and the options that size it.
const (
	SDKWithBatcher             = SDKTracePkg + ".WithBatcher"
	SDKNewBatchSpanProcessor   = SDKTracePkg + ".NewBatchSpanProcessor"
	SDKWithMaxQueueSize        = SDKTracePkg + ".WithMaxQueueSize"
	SDKWithMaxExportBatchSize  = SDKTracePkg + ".WithMaxExportBatchSize"
	SDKDefaultMaxQueueSizeName = "DefaultMaxQueueSize" // the constant of package sdk/trace
)

// The resources and the options that give one to a provider. Each
// provider merges resource.Environment() under the resource it is given,
// and one given none uses resource.Default(): OTEL_SERVICE_NAME and
// OTEL_RESOURCE_ATTRIBUTES apply either way.
var (
	SDKWithResources = []string{SDKTracePkg + ".WithResource", SDKMetricPkg + ".WithResource", SDKLogPkg + ".WithResource"}
	ResourceBuilders = funcs(ResourcePkg, "New", "NewWithAttributes", "NewSchemaless", "Merge", "WithAttributes",
		"WithDetectors", "Default", "Environment", "Empty")
)

// ResourceWithDetectors adds the program's own detectors to resource.New
// (the other resource functions are in resource.go).
const ResourceWithDetectors = ResourcePkg + ".WithDetectors"

// ServiceNameKey is the resource attribute that names the service.
const ServiceNameKey = "service.name"

// An OTLPExporter is an OTLP exporter package with its two endpoint
// options: WithEndpoint takes host[:port] only, WithEndpointURL a URL.
type OTLPExporter struct {
	Pkg string
	// Path is the signal's path that an HTTP exporter appends to a
	// WithEndpoint host but not to a WithEndpointURL without a path
	// ("" for gRPC, whose URL path is ignored).
	Path string
}

// WithEndpoint returns the key of the exporter's WithEndpoint option.
func (e OTLPExporter) WithEndpoint() string { return e.Pkg + ".WithEndpoint" }

// WithEndpointURL returns the key of the exporter's WithEndpointURL option.
func (e OTLPExporter) WithEndpointURL() string { return e.Pkg + ".WithEndpointURL" }

// OTLPExporters are the OTLP exporters of the Go SDK.
var OTLPExporters = []OTLPExporter{
	{"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp", "/v1/traces"},
	{"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc", ""},
	{"go.opentelemetry.io/otel/exporters/otlp/otlpmetric/otlpmetrichttp", "/v1/metrics"},
	{"go.opentelemetry.io/otel/exporters/otlp/otlpmetric/otlpmetricgrpc", ""},
	{"go.opentelemetry.io/otel/exporters/otlp/otlplog/otlploghttp", "/v1/logs"},
	{"go.opentelemetry.io/otel/exporters/otlp/otlplog/otlploggrpc", ""},
}

// OTLPEndpointEnv are the environment variables of the OTLP endpoint, each
// a URL with its scheme (and, for the per-signal ones, its path), which
// the exporters read themselves.
var OTLPEndpointEnv = []string{
	"OTEL_EXPORTER_OTLP_ENDPOINT",
	"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
	"OTEL_EXPORTER_OTLP_METRICS_ENDPOINT",
	"OTEL_EXPORTER_OTLP_LOGS_ENDPOINT",
}

// Environment lookups: os.Getenv and os.LookupEnv.
const (
	OSGetenv    = OSPkg + ".Getenv"
	OSLookupEnv = OSPkg + ".LookupEnv"
)

// init records the keys of the tables.
func init() {
	pkgs(SDKLogPkg, ResourcePkg)
	def(SDKShutdowns...)
	def(SDKExportingOptions...)
	def(SDKRegisterSpanProcessor, SDKWithReader)
	def(SDKWithSyncer, SDKNewSimpleSpanProcessor, SDKLogNewSimpleProcessor, SDKWithBlocking)
	def(SDKWithSampler, SDKAlwaysSample, SDKNeverSample, SDKTraceIDRatioBased, SDKParentBased, SDKAlwaysRecord)
	def(SDKParentBasedOptions...)
	def(SDKWithBatcher, SDKNewBatchSpanProcessor, SDKWithMaxQueueSize, SDKWithMaxExportBatchSize)
	def(SDKWithResources...)
	def(ResourceBuilders...)
	def(OSGetenv, OSLookupEnv)
	for _, e := range OTLPExporters {
		pkgs(e.Pkg)
		def(e.WithEndpoint(), e.WithEndpointURL())
	}
}
