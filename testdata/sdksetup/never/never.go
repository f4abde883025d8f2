// Package never holds providers that nothing shuts down, beside the ways
// a provider is legitimately handed on.
package never

import (
	"context"
	"log"
	"net/http"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/log/global"
	sdklog "go.opentelemetry.io/otel/sdk/log"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

func globalOnly(exp sdktrace.SpanExporter) {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)) // want `tracer provider tp is never shut down \(otel.SetTracerProvider keeps it in use but does not shut it down\), so the spans it still holds are lost`
	otel.SetTracerProvider(tp)
}

func direct(exp sdktrace.SpanExporter) {
	otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))) // want `tracer provider passed to otel.SetTracerProvider is never shut down`
}

func dropped(exp sdktrace.SpanExporter) trace.Tracer {
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)).Tracer("x") // want `tracer provider is created and dropped after the call of its Tracer method`
}

func blank(r sdkmetric.Reader) {
	_ = sdkmetric.NewMeterProvider(sdkmetric.WithReader(r)) // want `meter provider is assigned to the blank identifier`
}

func meterAndLogger(r sdkmetric.Reader, p sdklog.Processor) {
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(r)) // want `meter provider mp is never shut down .*so the metrics it still holds`
	otel.SetMeterProvider(mp)
	lp := sdklog.NewLoggerProvider(sdklog.WithProcessor(p)) // want `logger provider lp is never shut down \(global.SetLoggerProvider keeps it in use`
	global.SetLoggerProvider(lp)
}

// serve never returns, yet nothing flushes the provider at exit.
func serve(exp sdktrace.SpanExporter) {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)) // want `tracer provider tp is never shut down`
	otel.SetTracerProvider(tp)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

// The ways a provider is handed on.

func returned(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
	return tp
}

func returnedDirect(exp sdktrace.SpanExporter) *sdktrace.TracerProvider {
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
}

// GlobalTP is exported: another package may shut it down.
var GlobalTP *sdktrace.TracerProvider

func packageVar(exp sdktrace.SpanExporter) {
	GlobalTP = sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(GlobalTP)
}

// globalTP is shut down by a function of the package.
var globalTP *sdktrace.TracerProvider

func privateVar(exp sdktrace.SpanExporter) {
	globalTP = sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(globalTP)
}

func stopGlobal(ctx context.Context) error { return globalTP.Shutdown(ctx) } // want stopGlobal:"shuts down"

var initialised = sdktrace.NewTracerProvider()

type App struct {
	tp *sdktrace.TracerProvider
	mp *sdkmetric.MeterProvider
}

func NewApp(exp sdktrace.SpanExporter, r sdkmetric.Reader) *App {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(r))
	otel.SetTracerProvider(tp)
	return &App{tp: tp, mp: mp}
}

func (a *App) Close(ctx context.Context) error { // want Close:"shuts down"
	if err := a.tp.Shutdown(ctx); err != nil {
		return err
	}
	return a.mp.Shutdown(ctx)
}

func (a *App) init(exp sdktrace.SpanExporter) {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	a.tp = tp
}

type shutdowner interface {
	Shutdown(context.Context) error
}

func register(s shutdowner) {}

func keep(tp *sdktrace.TracerProvider) {}

func keepAny(v any) {}

func passedOn(exp sdktrace.SpanExporter) {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	register(tp)
	tp2 := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	keep(tp2)
	tp3 := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	keepAny(tp3)
}

func methodValue(exp sdktrace.SpanExporter) []func(context.Context) error { // want methodValue:"returns shutdown in result 0"
	var fns []func(context.Context) error
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
	fns = append(fns, tp.Shutdown)
	return fns
}

func cleanupClosure(exp sdktrace.SpanExporter) func() { // want cleanupClosure:"returns shutdown in result 0"
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
	return func() { _ = tp.Shutdown(context.Background()) }
}

func deferred(exp sdktrace.SpanExporter) { // want deferred:"shuts down"
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	defer func() { _ = tp.Shutdown(context.Background()) }()
	otel.SetTracerProvider(tp)
	run()
}

func alias(exp sdktrace.SpanExporter) { // want alias:"shuts down"
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	provider := tp
	otel.SetTracerProvider(provider)
	defer provider.Shutdown(context.Background())
	run()
}

func signalled(exp sdktrace.SpanExporter, stop <-chan struct{}) { // want signalled:"shuts down"
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
	go func() {
		<-stop
		_ = tp.Shutdown(context.Background())
	}()
	run()
}

func run() {}

// Providers with nothing to flush.

func idsOnly() trace.Tracer {
	tp := sdktrace.NewTracerProvider(sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.AlwaysSample()))) // want `the sampler is hard-coded`
	return tp.Tracer("ids")
}

func pulled(promExporter *sdkmetric.ManualReader) {
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(promExporter))
	otel.SetMeterProvider(mp)
}

func registeredLater(exp sdktrace.SpanExporter) {
	tp := sdktrace.NewTracerProvider() // want `tracer provider tp is never shut down`
	tp.RegisterSpanProcessor(sdktrace.NewBatchSpanProcessor(exp))
	otel.SetTracerProvider(tp)
}

func pushed(exp sdkmetric.Exporter) {
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(sdkmetric.NewPeriodicReader(exp))) // want `meter provider mp is never shut down`
	otel.SetMeterProvider(mp)
}

// Providers kept where only this package can reach them.

var meterProvider *sdkmetric.MeterProvider

func keptInPackageVar(r sdkmetric.Reader) {
	meterProvider = sdkmetric.NewMeterProvider(sdkmetric.WithReader(r)) // want `meter provider stored in package variable meterProvider is never shut down: nothing in this package shuts it down \(otel.SetMeterProvider keeps it`
	otel.SetMeterProvider(meterProvider)
}

type service struct {
	tp    *sdktrace.TracerProvider
	other *sdktrace.TracerProvider
}

func newService(exp sdktrace.SpanExporter) *service {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)) // want `tracer provider tp is stored in field tp, which nothing in this package shuts down,`
	otel.SetTracerProvider(tp)
	return &service{tp: tp, other: sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))}
}

func (s *service) tracer() trace.Tracer { return s.tp.Tracer("svc") }

func (s *service) stop(ctx context.Context) error { return s.other.Shutdown(ctx) } // want stop:"shuts down"
