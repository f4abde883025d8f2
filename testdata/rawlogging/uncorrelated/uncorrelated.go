// Package uncorrelated logs through slog while a context is in scope.
package uncorrelated

import (
	"context"
	"go.opentelemetry.io/otel"
	"log/slog"
	"net/http"
)

type Server struct{ log *slog.Logger }

func (s *Server) Charge(ctx context.Context, orderID string) error {
	ctx, span := otel.Tracer("pay").Start(ctx, "charge")
	defer span.End()
	slog.Info("charging", "order_id", orderID)         // want `Info drops the context in scope, so the line carries no trace_id; call InfoContext\(ctx, ...\)`
	s.log.Warn("slow gateway", slog.Int("retries", 2)) // want `Warn drops the context in scope`
	s.log.InfoContext(ctx, "charged", "order_id", orderID)
	slog.ErrorContext(ctx, "declined")
	slog.Log(ctx, slog.LevelInfo, "charged")
	return nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.log.Error("bad request") // want `Error drops the context in scope, so the line carries no trace_id; call ErrorContext\(r.Context\(\), ...\)`
}

func background(orderID string) {
	// No context anywhere in scope: nothing to correlate with.
	slog.Info("sweeping", "order_id", orderID)
}

// local holds only a fresh root: no context in scope carries a trace.
func local() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	slog.Debug("tick")
	go func() {
		slog.Info("in the goroutine")
	}()
	_ = ctx
}

// derived bounds the caller's context: the local carries its trace.
func derived(parent context.Context) {
	_, span := otel.Tracer("pay").Start(parent, "derived")
	defer span.End()
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	slog.Debug("tick") // want `Debug drops the context in scope`
	go func() {
		slog.Info("in the goroutine") // want `Info drops the context in scope`
	}()
	_ = ctx
}

func beforeDecl() {
	slog.Info("no context yet")
	ctx := context.Background()
	_ = ctx
}

func args(ctx context.Context, kv []any) {
	_, span := otel.Tracer("pay").Start(ctx, "args")
	defer span.End()
	slog.Info("spread", kv...) // want `Info drops the context in scope`
}
