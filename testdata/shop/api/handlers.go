// Package api holds the HTTP handlers of the shop.
package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/metric"
	"go.uber.org/zap"

	"otellint.test/shop/payment"
	"otellint.test/shop/repo"
)

// Server serves the order API.
type Server struct {
	Orders  *repo.Orders
	Payment *payment.Client
	Metrics *Metrics
	Logger  *zap.Logger
}

// Order is the body of a place-order request.
type Order struct {
	ID       string  `json:"id"`
	UserID   string  `json:"user_id"`
	Email    string  `json:"email"`
	Phone    string  `json:"phone"`
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
}

// Routes registers the handlers.
func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/orders", s.PlaceOrder)
	mux.HandleFunc("/orders/legacy", s.LegacyPlaceOrder)
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
}

// PlaceOrder is the well-instrumented handler: a business span name, the
// span ended on every path, errors visible on the span, low-cardinality
// metric attributes, logs that carry the trace and no personal data.
func (s *Server) PlaceOrder(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	ctx, span := tracer.Start(r.Context(), "OrderService.PlaceOrder")
	defer span.End()

	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		span.SetStatus(codes.Error, "bad request body")
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	span.SetAttributes(attribute.String("order.id", o.ID), attribute.String("user.id", o.UserID))
	slog.InfoContext(ctx, "placing order", "order_id", o.ID, "phone_hash", hash(o.Phone))

	if err := s.Payment.Charge(ctx, o.ID, o.Amount); err != nil {
		span.SetStatus(codes.Error, "payment failed")
		slog.ErrorContext(ctx, "payment failed", "error", err)
		http.Error(w, "payment failed", http.StatusBadGateway)
		return
	}
	if err := s.Orders.Save(ctx, o.ID, o.UserID, o.Amount); err != nil {
		span.SetStatus(codes.Error, "save failed")
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	attrs := metric.WithAttributes(attribute.String("route", "/orders"), attribute.String("method", r.Method), attribute.Int("status_class", 2))
	s.Metrics.Requests.Add(ctx, 1, attrs)
	s.Metrics.Latency.Record(ctx, time.Since(start).Seconds(), attrs)
	w.WriteHeader(http.StatusCreated)
}

// LegacyPlaceOrder is the same handler written with every pitfall.
func (s *Server) LegacyPlaceOrder(w http.ResponseWriter, r *http.Request) {
	ctx, span := tracer.Start(r.Context(), "ProcessRequest") // finding: spanend/missing-end spannaming/generic-name
	fmt.Println("legacy order request received")             // finding: rawlogging/raw-print

	body, _ := readAll(r)
	var o Order
	if err := json.Unmarshal(body, &o); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	slog.Info("placing order", "order_id", o.ID)                    // finding: rawlogging/uncorrelated-log
	s.Logger.Info("customer contact", zap.String("phone", o.Phone)) // finding: piilog/pii-field
	s.Logger.Debug("order payload", zap.Any("order", o))            // finding: piilog/whole-body

	requests, _ := meter.Int64Counter("shop.api.legacy.requests")                      // finding: instrumentcreation/instrument-per-request
	requests.Add(ctx, 1, metric.WithAttributes(attribute.String("user_id", o.UserID))) // finding: highcardinality/unbounded-key

	go func() {
		if err := s.Orders.Save(context.Background(), o.ID, o.UserID, o.Amount); err != nil { // finding: ctxpropagation/background-with-ctx
			slog.ErrorContext(ctx, "async save failed", "error", err)
		}
	}()
	span.SetAttributes(attribute.String("order.id", o.ID))
	w.WriteHeader(http.StatusAccepted)
}

// Lookup shows a suppressed finding: the banner is for operators.
func (s *Server) Lookup(w http.ResponseWriter, r *http.Request) {
	fmt.Println("lookup endpoint is deprecated") //otellint:ignore rawlogging printed for operators tailing stdout during the migration
	w.WriteHeader(http.StatusGone)
}

var errEmpty = errors.New("empty body")

func readAll(r *http.Request) ([]byte, error) {
	buf := make([]byte, 0, 512)
	tmp := make([]byte, 512)
	for {
		n, err := r.Body.Read(tmp)
		buf = append(buf, tmp[:n]...)
		if err != nil {
			if len(buf) == 0 {
				return nil, errEmpty
			}
			return buf, nil
		}
	}
}

func hash(s string) string { return fmt.Sprintf("%x", len(s)*2654435761) }
