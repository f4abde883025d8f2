// Package instrumentcreation defines an Analyzer that reports metric
// instruments, providers, exporters, loggers and tracer or meter lookups
// made on every request instead of once at set-up.
//
// # Analyzer instrumentcreation
//
// instrumentcreation: check that instruments and providers are created once
//
// Meters, instruments, tracer and meter providers and exporters are made to
// be created once, when the program starts, and shared: they are safe for
// concurrent use. Creating an instrument in a handler costs a lock and a
// lookup on the hot path; creating a provider or an exporter per request
// starts goroutines and connections that leak; registering a Prometheus
// collector per request panics on the second call. A zap logger built
// from a configuration in a handler opens its sinks on every request
// (and, sampled, allocates a sampler of about 460 KB) and drops the
// level, sinks and fields the program configured on its logger.
//
// The pass reports such calls in request-scoped code: HTTP handlers and
// ServeHTTP methods, closures given to HandleFunc or converted to
// http.HandlerFunc, gRPC-style methods (ctx, *Req) (*Resp, error),
// message-consumer callbacks, metric callbacks, loop bodies, and functions
// that take a context.Context or an *http.Request. Set-up code wins over
// the loop and context rules: init, main, package-level variable
// initialisers, functions named New*, Init*, Initialize*, Setup*,
// Register*, Must*, Configure*, Install*, Build*, Bootstrap* or Provide*
// (such as InitObservability(ctx, ...)), lifecycle functions (Run, Start,
// Serve, Shutdown...), constructors that build and return a struct of
// their package, functions that return a runnable component (a value with
// a Run, Start, Serve or ListenAndServe method, such as a configuration's
// complete(ctx) returning its server), functions that set a package
// variable, closures given to
// sync.Once.Do, sync.OnceFunc and sync.OnceValue(s), and unexported
// functions only called from set-up code. A periodic job is neither: an
// unexported function called only on the ticks of a background timer
// loop (a select case receiving from a ticker's channel, outside any
// handler) with a fresh context runs once per interval, so a lookup in it
// is not reported. The tick's own code (the body of that select case, or
// of a range over time.Tick) repeats once per interval, not per request:
// a lookup, a logger or instruments made there are not reported; a
// registration is (the second one panics, callbacks pile up), and so is
// a provider or an exporter, which leaks its goroutines on every tick,
// unless the same tick shuts a provider down: the program rotates it (a
// meter provider rebuilt on each refresh tick to drop the series of
// objects that are gone).
//
// A function that creates without caching is a helper: the pass records
// a fact on it and reports its calls in request-scoped code, at the call,
// with the creation in the related information. This works across the
// packages of a module.
//
// Categories:
//
//   - instrument-per-request: a metric.Meter instrument constructor
//     (Int64Counter, Float64Histogram, the observable instruments...),
//     Meter.RegisterCallback or a promauto constructor in request-scoped
//     code, directly or through a helper; also the handlers, middleware
//     and transports of the instrumentation libraries
//     (otelhttp.NewHandler, otelhttp.NewMiddleware, otelhttp.NewTransport,
//     otelgrpc.NewServerHandler, otelgrpc.NewClientHandler), each of
//     which takes a meter and creates its instruments when it is made.
//     These are reported only where the code is request-scoped for a
//     stronger reason than a loop or a context parameter: routes
//     registered in a loop and a client dialled by a function that takes
//     a context are set-up steps, whose functions are learnt to create.
//   - provider-per-request: sdktrace.NewTracerProvider,
//     sdkmetric.NewMeterProvider, sdklog.NewLoggerProvider, an exporter
//     (otlptracehttp.New, ...), prometheus.NewRegistry or a collector
//     registration (MustRegister, Register) in request-scoped code.
//   - lookup-per-request: otel.Tracer, otel.Meter, TracerProvider.Tracer or
//     MeterProvider.Meter in request-scoped code: a lock and a map lookup
//     per call, and a scope name repeated at each call site.
//   - logger-per-request: a logger built in request-scoped code at a
//     cost well above deriving one with With: zap.NewProduction,
//     zap.NewDevelopment or a zap.Config's Build (each opens its sinks,
//     a production config adds a sampler), a zap sampler
//     (zapcore.NewSamplerWithOptions, zapcore.NewSampler: a table of
//     counters of about 460 KB, and a sampler made per request samples
//     nothing); or a logger looked up in an OpenTelemetry logger provider
//     (global.GetLoggerProvider().Logger("shop"), otelslog.NewLogger),
//     a lock and a map lookup like a tracer lookup.
//
// The pass stays silent for set-up code as listed above, for a creation
// guarded by a cache test (if s.counter == nil { ... }, a comma-ok map
// lookup, an early return when the cached value is there), for a loop
// that stores what it creates into a map, a slice or a field (building a
// table once), for a registry created and served in the same handler
// (the multi-target exporter pattern) and registrations into it, for a
// registry that only receives registrations (every use registers into
// it or hands it to a prometheus.Registerer parameter: a throwaway
// registerer a library requires, which nothing gathers or serves), for a
// registry kept past the call by a function that is request-scoped at
// most because of a loop or a context parameter (stored into a
// field, a map, a slice or a package variable, or handed to a function
// of the program that takes the *prometheus.Registry or a Gatherer, such
// as the component aggregating one registry per tenant: the function
// creating it is that tenant's set-up), for a callback unregistered in
// the same function, for set-up helpers called
// from functions that are request-scoped only because they take a context
// (Validate(ctx, cfg) building a graph), for a tracer taken from the
// provider of the caller's span
// (trace.SpanFromContext(ctx).TracerProvider().Tracer(name): the provider
// depends on the caller, so it cannot be taken once) or from a no-op
// provider (it costs nothing), and in test files and test helpers
// (functions that take a *testing.T or testing.TB). A logger whose
// construction costs about what logger.With costs is not reported,
// whatever it is given. Measured per logger: slog.New of a JSON or text
// handler takes 0.4 µs and 4 allocations (slog's With: 1 µs, 6),
// logrus.New with its formatter and level set 0.5 to 0.9 µs and 3 or 4
// (WithField: 0.9 µs, 4), zerolog.New of a writer or a console writer
// 0.6 to 0.8 µs and 2 or 3 (With: 0.7 µs, 2), zap.New of a core built on
// the spot or zap.NewExample 4 µs and 8 (zap's With: 2.8 µs, 7), and
// otelzap.New 0.4 µs and 3; but a zap.Config's Build takes 10 µs and 30
// allocations, and 330 µs and 461 KB when it samples. So a logger
// derived from an existing one (logger.With(...), zap.New(base.Core()),
// slog.New(h.WithAttrs(...))), a tee of cores, and a logrus logger
// rebuilt from the environment's configuration for each command a
// program runs are all silent. A function that is request-scoped only
// because it takes a context, and returns a logger, a core or a handler
// (createLogger(ctx, cfg) (*zap.Logger, error)), is the program's logger
// factory: what it builds is reported at its calls in request-scoped
// code, through its fact, not inside it. A method that is request-scoped only
// because it takes a context, and stores what it creates into a field of
// its receiver (m.logger = ctx.Logger() in Provision(ctx)), provisions its
// component once and is not reported; a provider or exporter stored so
// counts only when the package shuts that field down
// (m.provider.Shutdown(ctx) in the component's stop method). A function
// that is request-scoped only because it takes a context, and creates
// through a method of a component it is handed as a parameter (a type of
// the module's own) that hands back no instrument, an error at most,
// populates that component, which keeps what it creates: a set-up step
// such as AddVersion(ctx, m *Metrics) calling m.CreateBuiltinInstrument,
// run once by the metrics constructor. It is learnt to create as a
// set-up step, so a handler that calls it is still reported; a method
// that hands the instrument back (m.Counter(name).Add(ctx, 1)) leaves
// the caller creating per call. Helpers are
// not learnt from the OpenTelemetry and Prometheus libraries themselves:
// their entry points are recognised directly.
//
// To silence a finding, write //otellint:ignore instrumentcreation <reason>
// on its line or the line above, or //nolint:otellint.
//
// # Examples
//
// Reported: the meter is looked up and the counter created on every
// request.
//
//	func handleOrders(w http.ResponseWriter, r *http.Request) {
//		meter := otel.Meter("shop")                    // lookup-per-request
//		orders, _ := meter.Int64Counter("shop.orders") // instrument-per-request
//		orders.Add(r.Context(), 1)
//	}
//
// Silent:
//
//	var orders, _ = otel.Meter("shop").Int64Counter("shop.orders")
//
//	func handleOrders(w http.ResponseWriter, r *http.Request) {
//		orders.Add(r.Context(), 1)
//	}
//
// Reported: every request starts an exporter and a provider, with their
// connections and goroutines.
//
//	func handleReport(w http.ResponseWriter, r *http.Request) {
//		exp, _ := otlptracehttp.New(r.Context())                    // provider-per-request
//		tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)) // provider-per-request
//		defer tp.Shutdown(r.Context())
//		writeReport(w, tp)
//	}
//
// Silent:
//
//	func main() {
//		exp, err := otlptracehttp.New(context.Background())
//		if err != nil {
//			log.Fatal(err)
//		}
//		otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)))
//		http.HandleFunc("/report", handleReport)
//		log.Fatal(http.ListenAndServe(":8080", nil))
//	}
//
//	func handleReport(w http.ResponseWriter, r *http.Request) {
//		writeReport(w, otel.GetTracerProvider())
//	}
//
// Reported: a logger is built for every request.
//
//	func handleRefund(w http.ResponseWriter, r *http.Request) {
//		logger, _ := zap.NewProduction() // logger-per-request
//		logger.Info("refund", zap.String("path", r.URL.Path))
//	}
//
// Silent: the logger is built once; each request derives its own.
//
//	type server struct{ logger *zap.Logger }
//
//	func (s *server) handleRefund(w http.ResponseWriter, r *http.Request) {
//		logger := s.logger.With(zap.String("path", r.URL.Path))
//		logger.Info("refund")
//	}
//
// # Configuration
//
// Each option is a flag -instrumentcreation.<option> of the otellint command (and of go vet
// -vettool) and a key of the instrumentcreation block of the golangci-lint plugin's settings.
//
//	-instrumentcreation.checks (default: instrument-per-request,provider-per-request,lookup-per-request,logger-per-request)
//	    comma-separated list of the checks to run
package instrumentcreation
