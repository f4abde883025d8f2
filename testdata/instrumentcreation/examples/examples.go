// Command examples holds the examples of the pass's documentation, each
// reported example beside its silent twin, so that the documentation
// cannot say what the pass does not do.
package main

import (
	"context"
	"log"
	"net/http"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
	"go.uber.org/zap"
)

func handleOrders(w http.ResponseWriter, r *http.Request) {
	meter := otel.Meter("shop")                    // want `meter otel.Meter is looked up in request-scoped code \(HTTP handler handleOrders\)`
	orders, _ := meter.Int64Counter("shop.orders") // want `instrument Int64Counter is created in request-scoped code \(HTTP handler handleOrders\)`
	orders.Add(r.Context(), 1)
}

var orders, _ = otel.Meter("shop").Int64Counter("shop.orders")

func handleOrdersOK(w http.ResponseWriter, r *http.Request) {
	orders.Add(r.Context(), 1)
}

func writeReport(w http.ResponseWriter, tp trace.TracerProvider) {}

func handleReport(w http.ResponseWriter, r *http.Request) {
	exp, _ := otlptracehttp.New(r.Context())                    // want `exporter otlptracehttp.New is created in request-scoped code \(HTTP handler handleReport\)`
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)) // want `tracer provider NewTracerProvider is created in request-scoped code \(HTTP handler handleReport\)`
	defer tp.Shutdown(r.Context())
	writeReport(w, tp)
}

func main() {
	exp, err := otlptracehttp.New(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)))
	http.HandleFunc("/report", handleReportOK)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

func handleReportOK(w http.ResponseWriter, r *http.Request) {
	writeReport(w, otel.GetTracerProvider())
}

var _ = handleOrders
var _ = handleOrdersOK
var _ = handleReport

func handleRefund(w http.ResponseWriter, r *http.Request) {
	logger, _ := zap.NewProduction() // want `logger zap.NewProduction is created in request-scoped code \(HTTP handler handleRefund\)`
	logger.Info("refund", zap.String("path", r.URL.Path))
}

type server struct{ logger *zap.Logger }

func (s *server) handleRefund(w http.ResponseWriter, r *http.Request) {
	logger := s.logger.With(zap.String("path", r.URL.Path))
	logger.Info("refund")
}
