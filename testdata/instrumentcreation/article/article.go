// Package article holds the examples of the pitfall article: instruments
// created once at init and shared by handlers (section 2.2), the
// concurrency-safe globals of section 7.6, and the provider set-up of
// section 6.1. All of it is correct and must stay silent, beside the
// per-request version the article warns against.
package article

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/exporters/otlp/otlpmetric/otlpmetrichttp"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/metric"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// Section 7.6: the following objects can be shared globally, create them
// during initialization.
var (
	tracer = otel.Tracer("my-service")
	meter  = otel.Meter("my-service")

	requestsCounter metric.Int64Counter
)

func init() {
	var err error
	requestsCounter, err = meter.Int64Counter("http.server.requests")
	if err != nil {
		panic(err)
	}
}

// Direct use in high concurrency.
type Handler struct{}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, span := tracer.Start(r.Context(), "handle_request")
	defer span.End()

	requestsCounter.Add(ctx, 1, metric.WithAttributes(attribute.String("route", "/orders")))
}

// Section 2.2: create the histogram once during initialization...
var lat, _ = meter.Float64Histogram(
	"http.server.duration",
	metric.WithUnit("s"),
	metric.WithDescription("HTTP request duration"),
)

// ...and record in the request.
func handleOrders(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	// ... process request ...
	lat.Record(r.Context(), time.Since(start).Seconds(),
		metric.WithAttributes(
			attribute.String("route", "/orders"),
			attribute.String("method", "POST"),
			attribute.Int("status", 200),
		),
	)
}

// What the article warns against: the histogram created in the request.
func handleOrdersSlow(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	lat, _ := meter.Float64Histogram("http.server.duration", metric.WithUnit("s")) // want `instrument Float64Histogram is created in request-scoped code \(HTTP handler handleOrdersSlow\)`
	lat.Record(r.Context(), time.Since(start).Seconds())
}

// Section 6.1: InitObservability initializes Tracer and Meter. It takes a
// context and builds providers and exporters: it is set-up code.
func InitObservability(ctx context.Context, serviceName, version, env string) (func(), error) { // want InitObservability:"creates exporter otlptracehttp.New"
	res, err := resource.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("failed to create resource: %w", err)
	}
	traceExporter, err := otlptracehttp.New(ctx,
		otlptracehttp.WithEndpoint("localhost:4318"),
		otlptracehttp.WithInsecure(),
	)
	if err != nil {
		return nil, fmt.Errorf("failed to create trace exporter: %w", err)
	}
	tp := sdktrace.NewTracerProvider(
		sdktrace.WithBatcher(traceExporter),
		sdktrace.WithResource(res),
		sdktrace.WithSampler(sdktrace.TraceIDRatioBased(0.1)),
	)
	otel.SetTracerProvider(tp)
	metricExporter, err := otlpmetrichttp.New(ctx,
		otlpmetrichttp.WithEndpoint("localhost:4318"),
		otlpmetrichttp.WithInsecure(),
	)
	if err != nil {
		return nil, fmt.Errorf("failed to create metric exporter: %w", err)
	}
	mp := sdkmetric.NewMeterProvider(
		sdkmetric.WithReader(sdkmetric.NewPeriodicReader(metricExporter, sdkmetric.WithInterval(10*time.Second))),
		sdkmetric.WithResource(res),
	)
	otel.SetMeterProvider(mp)
	return func() {
		shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = tp.Shutdown(shutdownCtx)
		_ = mp.Shutdown(shutdownCtx)
	}, nil
}
