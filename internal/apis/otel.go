package apis

// OpenTelemetry packages.
const (
	OtelPkg      = "go.opentelemetry.io/otel"
	TracePkg     = "go.opentelemetry.io/otel/trace"
	MetricPkg    = "go.opentelemetry.io/otel/metric"
	AttributePkg = "go.opentelemetry.io/otel/attribute"
	// AttributeKey is the type of an attribute's key.
	AttributeKey   = AttributePkg + ".Key"
	BaggagePkg     = "go.opentelemetry.io/otel/baggage"
	PropagationPkg = "go.opentelemetry.io/otel/propagation"
	CodesPkg       = "go.opentelemetry.io/otel/codes"
	SDKTracePkg    = "go.opentelemetry.io/otel/sdk/trace"
	SDKMetricPkg   = "go.opentelemetry.io/otel/sdk/metric"
	SemconvPrefix  = "go.opentelemetry.io/otel/semconv/"
)

// Trace API.
const (
	TracerIface   = TracePkg + ".Tracer"
	SpanIface     = TracePkg + ".Span"
	ProviderIface = TracePkg + ".TracerProvider"
	// SpanContextType is the span context: the trace and span IDs a
	// span carries, what propagation sends.
	SpanContextType = TracePkg + ".SpanContext"

	TracerStart         = "(" + TracerIface + ").Start"
	SpanEnd             = "(" + SpanIface + ").End"
	SpanRecordError     = "(" + SpanIface + ").RecordError"
	SpanSetStatus       = "(" + SpanIface + ").SetStatus"
	SpanSetAttributes   = "(" + SpanIface + ").SetAttributes"
	SpanAddEvent        = "(" + SpanIface + ").AddEvent"
	SpanSetName         = "(" + SpanIface + ").SetName"
	SpanTracerProvider  = "(" + SpanIface + ").TracerProvider"
	SpanFromContext     = TracePkg + ".SpanFromContext"
	ContextWithSpan     = TracePkg + ".ContextWithSpan"
	SpanContextFromCtx  = TracePkg + ".SpanContextFromContext"
	SpanSpanContext     = "(" + SpanIface + ").SpanContext"
	SpanContextTraceID  = "(" + TracePkg + ".SpanContext).TraceID"
	SpanContextSpanID   = "(" + TracePkg + ".SpanContext).SpanID"
	TracerProviderTrace = "(" + ProviderIface + ").Tracer"
	OtelTracer          = OtelPkg + ".Tracer"
	OtelMeter           = OtelPkg + ".Meter"
)

// Metric API.
const (
	MeterIface         = MetricPkg + ".Meter"
	MeterProviderIface = MetricPkg + ".MeterProvider"
	MeterProviderMeter = "(" + MeterProviderIface + ").Meter"
	MeterRegisterCB    = "(" + MeterIface + ").RegisterCallback"
	WithAttributes     = MetricPkg + ".WithAttributes"
	WithAttributeSet   = MetricPkg + ".WithAttributeSet"
)

// InstrumentConstructors are the metric.Meter methods that create an
// instrument.
var InstrumentConstructors = methods(MeterIface,
	"Int64Counter", "Float64Counter", "Int64UpDownCounter", "Float64UpDownCounter",
	"Int64Histogram", "Float64Histogram", "Int64Gauge", "Float64Gauge",
	"Int64ObservableCounter", "Float64ObservableCounter",
	"Int64ObservableUpDownCounter", "Float64ObservableUpDownCounter",
	"Int64ObservableGauge", "Float64ObservableGauge",
)

// InstrumentRecorders are the methods that record a measurement: Add,
// Record, and the observers' Observe methods.
var InstrumentRecorders = recorders()

func recorders() []string {
	var out []string
	for _, t := range []string{"Int64Counter", "Float64Counter", "Int64UpDownCounter", "Float64UpDownCounter"} {
		out = append(out, m(MetricPkg+"."+t, "Add"))
	}
	for _, t := range []string{"Int64Histogram", "Float64Histogram", "Int64Gauge", "Float64Gauge"} {
		out = append(out, m(MetricPkg+"."+t, "Record"))
	}
	out = append(out, m(MetricPkg+".Int64Observer", "Observe"), m(MetricPkg+".Float64Observer", "Observe"))
	return append(out, methods(MetricPkg+".Observer", "ObserveInt64", "ObserveFloat64")...)
}

// Attribute constructors: attribute.String(k, v) and friends, and the
// methods of attribute.Key (attribute.Key("k").String(v)).
var (
	AttributeFuncs = funcs(AttributePkg,
		"String", "StringSlice", "Int", "IntSlice", "Int64", "Int64Slice",
		"Float64", "Float64Slice", "Bool", "BoolSlice", "Stringer", "Map", "Slice", "ByteSlice")
	AttributeKeyMethods = methods(AttributePkg+".Key",
		"String", "StringSlice", "Int", "IntSlice", "Int64", "Int64Slice",
		"Float64", "Float64Slice", "Bool", "BoolSlice", "Map", "Slice", "ByteSlice")
	AttributeNewSet = AttributePkg + ".NewSet"
)

// Baggage and propagation.
const (
	BaggageNewMember          = BaggagePkg + ".NewMember"
	BaggageNewMemberRaw       = BaggagePkg + ".NewMemberRaw"
	BaggageNew                = BaggagePkg + ".New"
	BaggageFromContext        = BaggagePkg + ".FromContext"
	BaggageContextWithBaggage = BaggagePkg + ".ContextWithBaggage"
	PropagatorIface           = PropagationPkg + ".TextMapPropagator"
	PropagatorExtract         = "(" + PropagatorIface + ").Extract"
	PropagatorInject          = "(" + PropagatorIface + ").Inject"
)

// SDK providers and exporters.
var (
	SDKNewTracerProvider = SDKTracePkg + ".NewTracerProvider"
	SDKNewMeterProvider  = SDKMetricPkg + ".NewMeterProvider"
	ExporterNews         = []string{
		"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp.New",
		"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc.New",
		"go.opentelemetry.io/otel/exporters/otlp/otlptrace.New",
		"go.opentelemetry.io/otel/exporters/otlp/otlpmetric/otlpmetrichttp.New",
		"go.opentelemetry.io/otel/exporters/otlp/otlpmetric/otlpmetricgrpc.New",
		"go.opentelemetry.io/otel/exporters/otlp/otlplog/otlploghttp.New",
		"go.opentelemetry.io/otel/exporters/otlp/otlplog/otlploggrpc.New",
		"go.opentelemetry.io/otel/exporters/stdout/stdouttrace.New",
		"go.opentelemetry.io/otel/exporters/stdout/stdoutmetric.New",
		"go.opentelemetry.io/otel/exporters/stdout/stdoutlog.New",
		"go.opentelemetry.io/otel/exporters/prometheus.New",
		"go.opentelemetry.io/otel/exporters/zipkin.New",
	}
)

func init() {
	pkgs(OtelPkg, TracePkg, MetricPkg, AttributePkg, BaggagePkg, PropagationPkg, SDKTracePkg, SDKMetricPkg)
	registerInterface(TracerIface, "Start")
	registerInterface(SpanIface, "End", "RecordError", "SetStatus", "SetAttributes", "AddEvent", "SetName", "AddLink", "IsRecording", "SpanContext", "TracerProvider")
	registerInterface(ProviderIface, "Tracer")
	registerInterface(MeterProviderIface, "Meter")
	registerInterface(MeterIface,
		"Int64Counter", "Float64Counter", "Int64UpDownCounter", "Float64UpDownCounter",
		"Int64Histogram", "Float64Histogram", "Int64Gauge", "Float64Gauge",
		"Int64ObservableCounter", "Float64ObservableCounter",
		"Int64ObservableUpDownCounter", "Float64ObservableUpDownCounter",
		"Int64ObservableGauge", "Float64ObservableGauge", "RegisterCallback")
	for _, t := range []string{"Int64Counter", "Float64Counter", "Int64UpDownCounter", "Float64UpDownCounter"} {
		registerInterface(MetricPkg+"."+t, "Add")
	}
	for _, t := range []string{"Int64Histogram", "Float64Histogram", "Int64Gauge", "Float64Gauge"} {
		registerInterface(MetricPkg+"."+t, "Record")
	}
	registerInterface(MetricPkg+".Int64Observer", "Observe")
	registerInterface(MetricPkg+".Float64Observer", "Observe")
	registerInterface(MetricPkg+".Observer", "ObserveInt64", "ObserveFloat64")
	registerInterface(PropagatorIface, "Extract", "Inject")

	def(TracerStart, SpanEnd, SpanRecordError, SpanSetStatus, SpanSetAttributes, SpanAddEvent, SpanSetName,
		m(SpanIface, "AddLink"), m(SpanIface, "IsRecording"), m(SpanIface, "SpanContext"), SpanTracerProvider,
		SpanFromContext, ContextWithSpan, SpanContextFromCtx, TracePkg+".ContextWithSpanContext",
		TracePkg+".ContextWithRemoteSpanContext", TracerProviderTrace, OtelTracer, OtelMeter,
		OtelPkg+".GetTracerProvider", OtelPkg+".GetMeterProvider", OtelPkg+".GetTextMapPropagator",
		OtelPkg+".SetTracerProvider", OtelPkg+".SetMeterProvider", OtelPkg+".SetTextMapPropagator",
		SpanContextTraceID, SpanContextSpanID)
	def(InstrumentConstructors...)
	def(MeterRegisterCB, MeterProviderMeter, WithAttributes, WithAttributeSet, MetricWithUnit)
	def(InstrumentRecorders...)
	def(AttributeFuncs...)
	def(AttributeKeyMethods...)
	def(AttributeNewSet, AttributePkg+".NewSetWithFiltered", AttributePkg+".NewSetWithSortable")
	def(BaggageNewMember, BaggageNewMemberRaw, BaggageNew, BaggageFromContext, BaggageContextWithBaggage,
		BaggagePkg+".NewKeyProperty", BaggagePkg+".NewKeyValueProperty", BaggagePkg+".Parse")
	def(PropagatorExtract, PropagatorInject)
	def(SDKNewTracerProvider, SDKNewMeterProvider)
	def(ExporterNews...)
}
