// Package sdksetup defines an Analyzer that checks how a program sets up
// the OpenTelemetry SDK: that its providers are shut down, that export does
// not block requests, that sampling and endpoints obey the environment.
//
// # Analyzer sdksetup
//
// sdksetup: check that the sdk set-up keeps and sends telemetry
//
// The SDK's providers buffer telemetry: a batch span processor holds up to
// 2048 spans, a periodic reader a minute of metrics, a batch log processor
// its records. Shutdown flushes them and shuts the exporters down (the
// providers' Shutdown calls the processors' and readers' Shutdown, which
// call the exporters'); a program that never calls it, or that leaves
// through os.Exit or log.Fatal past a deferred call, loses them, often the
// telemetry of the very failure that ended it. A simple processor exports
// on the goroutine that ends each span, so every request waits for the
// collector. A sampler written in the code overrides OTEL_TRACES_SAMPLER,
// and one that ignores the parent's decision breaks traces across
// services. An OTLP endpoint given to WithEndpoint as a URL makes every
// export fail.
//
// Categories:
//
//   - provider-not-shutdown: an sdktrace.TracerProvider,
//     sdkmetric.MeterProvider or sdklog.LoggerProvider created in a
//     function that neither shuts it down on every path nor hands it on.
//     Handing on is returning it, storing it in a field, a map or a
//     package variable, passing it to a parameter whose type has a
//     Shutdown method (or to a function value), passing on its Shutdown
//     method value (shutdownFuncs = append(shutdownFuncs, tp.Shutdown)),
//     or a closure that shuts it down (the returned cleanup). Passing it to
//     otel.SetTracerProvider, or to any parameter of an interface type
//     without Shutdown, is not: the global keeps the provider in use but
//     never flushes it. A path that returns a non-nil error, or ends in a
//     call that never returns, needs no shutdown: the program will not run
//     with a provider that has recorded nothing yet. The paths are followed
//     on the function's control-flow graph, as spanend follows spans.
//     Shutting down a meter provider's only reader counts as shutting the
//     provider down: the provider's Shutdown does nothing else, and a
//     periodic reader's Shutdown exports what it holds.
//     A tracer provider whose exporters keep the spans in the process's
//     memory, for the program or its tests to read back, loses nothing at
//     exit that the process does not lose anyway, and is not reported: a
//     tracetest.InMemoryExporter, or an exporter of the package's own
//     whose ExportSpans calls only OpenTelemetry's packages (reading the
//     spans, not its exporters) and package sync. One that writes a file,
//     or hands the spans on to another exporter, does not.
//   - shutdown-skipped: a deferred shutdown (tp.Shutdown, a function that
//     shuts down, a cleanup that a set-up function returned, a closure
//     that calls one of these) followed on some path by os.Exit, log.Fatal
//     or another call that ends the process, or a function of the package
//     that always does (klog's Exit functions as well as its Fatal ones):
//     the deferred calls do not run. One finding per
//     deferred shutdown, at the defer, with the exits in the related
//     information. A panic, log.Panic and runtime.Goexit run the deferred
//     calls and are not reported; a path that shuts down explicitly
//     before exiting is silent.
//   - sync-export: sdktrace.WithSyncer, sdktrace.NewSimpleSpanProcessor and
//     sdklog.NewSimpleProcessor, which export on the goroutine that ends
//     the span or emits the record, and sdktrace.WithBlocking, which makes
//     that goroutine wait while the batch queue is full. Silent behind an
//     exporter that stays in the process: stdouttrace, stdoutlog,
//     tracetest.InMemoryExporter, and behind an exporter of a concrete
//     type of the module's own (an in-memory recorder the program reads
//     back), which decides itself what an export costs. WithBlocking is
//     silent in a program whose spans are its product, such as a load
//     generator: a main package that serves nothing itself (imports
//     neither net/http nor gRPC) and installs no global tracer provider,
//     so that only its own code uses the provider; there, blocking is
//     deliberate back-pressure that keeps every generated span. It is
//     silent too where the program passes on a choice of its
//     configuration: in the body of an if statement whose condition only
//     reads boolean settings (bool fields, *bool fields tested against nil
//     and dereferenced, their negations and conjunctions).
//   - sampler-override: sdktrace.WithSampler with a sampler built from the
//     SDK's constructors and constants only. NewTracerProvider reads
//     OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG first and applies
//     its options after them, so the sampler in the code wins and every
//     environment samples alike (grafana/dskit issue 931). Silent when the
//     sampler comes from a parameter, a field, a function of the program
//     (a remote or custom sampler), or a variable assigned in several
//     places (a switch on a configuration value), and for the
//     constructors listed in allowed-samplers.
//   - root-always-sample: sdktrace.AlwaysSample() or
//     sdktrace.TraceIDRatioBased(x) given to WithSampler without
//     ParentBased around it: it decides for every span, whatever the
//     caller decided. The suggested fix wraps it in ParentBased.
//   - batch-larger-than-queue: WithMaxExportBatchSize(n) among the options
//     of WithBatcher or NewBatchSpanProcessor with a constant larger than
//     WithMaxQueueSize(m), or than sdktrace.DefaultMaxQueueSize (2048) when
//     there is none. The specification requires the batch to be at most
//     the queue; the trace SDK clamps the OTEL_BSP_* values but not the
//     options, so the processor holds up to queue+batch spans. The log
//     SDK's batch processor clamps its own options and is not checked.
//   - endpoint-url: an OTLP exporter's WithEndpoint given a value with a
//     scheme or a path ("http://collector:4318", a constant, a
//     concatenation or a Sprintf that starts with one, or the value of
//     OTEL_EXPORTER_OTLP_ENDPOINT, which is a URL): WithEndpoint takes
//     host:port only. With otel v1.47.0 the HTTP trace exporter then fails
//     every export ("invalid port"), the HTTP metric and log exporters
//     fail in New, and the gRPC exporters never connect ("too many colons
//     in address"). The suggested fix calls WithEndpointURL, adding the
//     signal's path (/v1/traces, /v1/metrics, /v1/logs) to a URL that has
//     none, since an HTTP exporter sends to the URL's path as it is.
//   - missing-service-name: (only with service-name: require-code) a
//     provider whose resource is known not to set service.name in the
//     code, or that has no resource. Off by default: every provider's
//     WithResource merges resource.Environment() under the resource it is
//     given, and a provider without one uses resource.Default(), so
//     OTEL_SERVICE_NAME always applies at run time. A resource that comes
//     from a parameter, a detector or a helper is not judged.
//
// # Where the SDK differs from the usual advice
//
// Checklists written for other SDKs, and some written for this one, ask
// for things the Go SDK already does; the pass does not ask for them. The
// OTLP exporters time out after 10 seconds by default (WithTimeout
// changes it). The batch span processor bounds its queue at 2048 spans
// and drops spans when it is full. A provider's Shutdown shuts its
// exporters down: closing an exporter separately is not needed. Exemplars
// are recorded by default since sdk/metric v0.53.0 (the trace-based
// filter). The default sampler, ParentBased(AlwaysSample()), is the one
// the specification names, and OTEL_TRACES_SAMPLER replaces it without a
// code change. A service.name set in the code wins over OTEL_SERVICE_NAME,
// not the other way round. And OTEL_EXPORTER_OTLP_ENDPOINT is a URL, not
// host:port.
//
// The pass looks at non-test files only, and not at packages whose non-test
// files import package testing (test helpers). To silence a finding, for example a simple processor in
// a local debugging tool, write //otellint:ignore sdksetup <reason> on its
// line or the line above, or //nolint:otellint; or turn the check off with
// -sdksetup.checks.
//
// # Examples
//
// Reported: the provider is set as the global and never shut down, so the
// spans still queued are lost at exit.
//
//	func initTracing(exp sdktrace.SpanExporter) {
//		tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)) // provider-not-shutdown
//		otel.SetTracerProvider(tp)
//	}
//
// Silent: the caller gets a cleanup that shuts it down.
//
//	func initTracing(exp sdktrace.SpanExporter) func(context.Context) error {
//		tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
//		otel.SetTracerProvider(tp)
//		return tp.Shutdown
//	}
//
// Reported: log.Fatal exits without running the deferred shutdown.
//
//	func main() {
//		shutdown := initTracing(newSpanExporter())
//		defer shutdown(context.Background()) // shutdown-skipped
//		if err := http.ListenAndServe(":8080", nil); err != nil {
//			log.Fatal(err)
//		}
//	}
//
// Silent: main returns, and the deferred shutdown runs.
//
//	func main() {
//		shutdown := initTracing(newSpanExporter())
//		defer shutdown(context.Background())
//		if err := http.ListenAndServe(":8080", nil); err != nil {
//			log.Print(err)
//		}
//	}
//
// Reported: every span is exported on the request's goroutine.
//
//	func newProvider(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
//		return sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp)) // sync-export
//	}
//
// Silent:
//
//	func newProvider(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
//		return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
//	}
//
// Reported: the sampler in the code overrides OTEL_TRACES_SAMPLER.
//
//	func newSampledProvider() *sdktrace.TracerProvider {
//		return sdktrace.NewTracerProvider(
//			sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(0.1))), // sampler-override
//		)
//	}
//
// Silent: the rate comes from the configuration.
//
//	func newSampledProvider(rate float64) *sdktrace.TracerProvider {
//		return sdktrace.NewTracerProvider(
//			sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(rate))),
//		)
//	}
//
// Reported: the service samples spans whose caller decided not to.
//
//	func newRatioProvider(rate float64) *sdktrace.TracerProvider {
//		return sdktrace.NewTracerProvider(
//			sdktrace.WithSampler(sdktrace.TraceIDRatioBased(rate)), // root-always-sample
//		)
//	}
//
// Silent:
//
//	func newRatioProvider(rate float64) *sdktrace.TracerProvider {
//		return sdktrace.NewTracerProvider(
//			sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(rate))),
//		)
//	}
//
// Reported: the batch is larger than the queue it is taken from.
//
//	func newBatcher(exp sdktrace.SpanExporter) sdktrace.SpanProcessor {
//		return sdktrace.NewBatchSpanProcessor(exp,
//			sdktrace.WithMaxQueueSize(1024),
//			sdktrace.WithMaxExportBatchSize(4096), // batch-larger-than-queue
//		)
//	}
//
// Silent:
//
//	func newBatcher(exp sdktrace.SpanExporter) sdktrace.SpanProcessor {
//		return sdktrace.NewBatchSpanProcessor(exp,
//			sdktrace.WithMaxQueueSize(4096),
//			sdktrace.WithMaxExportBatchSize(1024),
//		)
//	}
//
// Reported: WithEndpoint takes host:port; every export fails.
//
//	func newExporter(ctx context.Context) (*otlptrace.Exporter, error) {
//		return otlptracehttp.New(ctx, otlptracehttp.WithEndpoint("http://collector:4318")) // endpoint-url
//	}
//
// Silent:
//
//	func newExporter(ctx context.Context) (*otlptrace.Exporter, error) {
//		return otlptracehttp.New(ctx, otlptracehttp.WithEndpointURL("http://collector:4318/v1/traces"))
//	}
//
// Reported, with -sdksetup.service-name=require-code: the resource names no
// service.
//
//	func newNamedProvider(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
//		res := resource.NewSchemaless(attribute.String("team", "payments"))
//		return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res)) // missing-service-name
//	}
//
// Silent:
//
//	func newNamedProvider(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
//		res := resource.NewSchemaless(semconv.ServiceName("shop"), attribute.String("team", "payments"))
//		return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
//	}
//
// # Configuration
//
// Each option is a flag -sdksetup.<option> of the otellint command (and of go vet
// -vettool) and a key of the sdksetup block of the golangci-lint plugin's settings.
//
//	-sdksetup.checks (default: provider-not-shutdown,shutdown-skipped,sync-export,sampler-override,root-always-sample,batch-larger-than-queue,endpoint-url,missing-service-name)
//	    comma-separated list of the checks to run
//	-sdksetup.service-name (default: off)
//	    off: service.name may come from OTEL_SERVICE_NAME; require-code: report providers whose
//	    resource does not set service.name in code (missing-service-name)
//	-sdksetup.allowed-samplers (default: none)
//	    comma-separated full names of sampler constructors that are fine to hard-code, such as
//	    go.opentelemetry.io/otel/sdk/trace.ParentBased
package sdksetup
