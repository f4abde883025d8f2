package apis

// The calls that create what a program should make once and keep: the
// providers, exporters and instruments of OpenTelemetry, the collectors
// and registries of Prometheus (the instruments, providers and exporters
// are in the OpenTelemetry tables); and the calls that show such an object
// made in a function lives no longer than the call.
const (
	SDKLogPkg   = "go.opentelemetry.io/otel/sdk/log"
	PromhttpPkg = PromPkg + "/promhttp"

	SDKNewLoggerProvider = SDKLogPkg + ".NewLoggerProvider"
	// PromGather gathers the metrics of a registry (any Gatherer), as a
	// handler serving a registry of its own does.
	PromGather = "(" + PromPkg + ".Gatherer).Gather"
	// MetricUnregister removes a callback that Meter.RegisterCallback
	// registered.
	MetricUnregister = "(" + MetricPkg + ".Registration).Unregister"
)

// The Prometheus types a registry is handed over as. A parameter of type
// Registerer can only register collectors into it; a parameter of type
// *Registry or Gatherer takes the registry itself, to gather or keep it.
var (
	PromRegistererType  = []string{PromPkg + ".Registerer"}
	PromRegistryReaders = []string{PromPkg + ".Registry", PromPkg + ".Gatherer"}
)

// PromautoNew are promauto's constructors: each creates a collector and
// registers it with the default registry.
var PromautoNew = funcs(PromautoPkg,
	"NewCounter", "NewCounterVec", "NewCounterFunc",
	"NewGauge", "NewGaugeVec", "NewGaugeFunc",
	"NewSummary", "NewSummaryVec",
	"NewHistogram", "NewHistogramVec",
	"NewUntypedFunc")

// init records the keys of the tables and the interfaces whose methods
// are matched on any implementation.
func init() {
	def(SDKNewLoggerProvider, PromGather, MetricUnregister)
	def(PromautoNew...)
	registerInterface(PromPkg+".Gatherer", "Gather")
	registerInterface(MetricPkg+".Registration", "Unregister")
}
