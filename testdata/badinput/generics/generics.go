// Package generics instruments generic code: a bad-input case of the
// robustness tests (type parameters, instantiation, generic methods and
// constraints over OTel types).
package generics

import (
	"context"
	"log/slog"
	"net/http"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("generics")

// Traced runs f in a span named name.
func Traced[T any](ctx context.Context, name string, f func(context.Context) (T, error)) (T, error) {
	ctx, span := tracer.Start(ctx, name)
	defer span.End()
	v, err := f(ctx)
	if err != nil {
		span.RecordError(err)
	}
	return v, err
}

// Starter is any tracer-like type.
type Starter[S trace.Span] interface {
	Start(ctx context.Context, name string, opts ...trace.SpanStartOption) (context.Context, S)
}

// StartWith starts a span through a generic starter and leaks it.
func StartWith[S trace.Span, T Starter[S]](ctx context.Context, t T) context.Context {
	ctx, span := t.Start(ctx, "generic")
	_ = span
	return ctx
}

// Recorder records values of any numeric type.
type Recorder[N int64 | float64] struct {
	add   func(context.Context, N, ...metric.AddOption)
	attrs []attribute.KeyValue
}

// Add records n with the recorder's attributes and a per-call one.
func (r *Recorder[N]) Add(ctx context.Context, n N, userID string) {
	r.add(ctx, n, metric.WithAttributes(append(r.attrs, attribute.String("user_id", userID))...))
}

// Handler adapts a typed handler to net/http.
type Handler[Req, Resp any] func(ctx context.Context, req Req) (Resp, error)

// ServeHTTP runs the handler with a background context.
func (h Handler[Req, Resp]) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req Req
	if _, err := h(context.Background(), req); err != nil {
		slog.Error("handler failed", "err", err)
	}
}

// Pair is a generic struct with a method value used as a callback.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

// Log logs the pair.
func (p Pair[K, V]) Log(ctx context.Context) {
	slog.InfoContext(ctx, "pair", "key", p.Key, "val", p.Val)
}

// Use instantiates everything above.
func Use(ctx context.Context) {
	_, _ = Traced(ctx, "use", func(ctx context.Context) (int, error) { return 1, nil })
	_ = StartWith[trace.Span](ctx, tracer)
	var h Handler[string, int] = func(ctx context.Context, req string) (int, error) { return len(req), nil }
	http.Handle("/g", h)
	Pair[string, int]{"a", 1}.Log(ctx)
	f := Pair[int, string].Log
	f(Pair[int, string]{1, "a"}, ctx)
}
