// Package lookups gets tracers and meters per request, beside getting
// them once.
package lookups

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// Bad: a lookup on every request.
func handleOrders(w http.ResponseWriter, r *http.Request) {
	ctx, span := otel.Tracer("shop").Start(r.Context(), "orders") // want `tracer otel.Tracer is looked up in request-scoped code \(HTTP handler handleOrders\): a lock and a map lookup on every call`
	defer span.End()
	m := otel.Meter("shop") // want `meter otel.Meter is looked up in request-scoped code`
	_ = m
	_ = ctx
}

type Service struct {
	tp     trace.TracerProvider
	sdk    *sdktrace.TracerProvider
	mp     metric.MeterProvider
	tracer trace.Tracer
}

func (s *Service) Charge(ctx context.Context, amount int64) error {
	_, span := s.tp.Tracer("payments").Start(ctx, "charge") // want `tracer TracerProvider.Tracer is looked up in request-scoped code \(function Charge that takes a request context\)`
	defer span.End()
	_ = s.sdk.Tracer("payments")                    // want `tracer TracerProvider.Tracer is looked up`
	_ = s.mp.Meter("payments")                      // want `meter MeterProvider.Meter is looked up`
	_ = otel.GetTracerProvider().Tracer("payments") // want `tracer TracerProvider.Tracer is looked up`
	return nil
}

// Good: get them once.
var tracer = otel.Tracer("shop")

func NewService(tp trace.TracerProvider) *Service {
	return &Service{tp: tp, tracer: tp.Tracer("payments")}
}

func (s *Service) Refund(ctx context.Context, amount int64) error {
	_, span := s.tracer.Start(ctx, "refund")
	defer span.End()
	_, span2 := tracer.Start(ctx, "refund.audit")
	defer span2.End()
	return nil
}

// Good: a lookup helper is not a creation; its calls are not reported.
func paymentsTracer() trace.Tracer { return otel.Tracer("payments") }

func handleRefund(w http.ResponseWriter, r *http.Request) {
	_, span := paymentsTracer().Start(r.Context(), "refund")
	defer span.End()
}
