// Package examples holds the examples of the pass's documentation, each
// reported example beside its silent twin (suffixed OK), so that the
// documentation cannot say what the pass does not do. The example of
// missing-record-error is in package record, which runs with that check on,
// and that of record-error-event in package recordevent.
package examples

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("examples")

type Item struct{ ID string }

type db interface {
	Get(ctx context.Context, id string) (*Item, error)
	Delete(ctx context.Context, id string) error
}

type cache interface {
	Touch(ctx context.Context, id string)
	Load(ctx context.Context, id string)
}

type Store struct {
	db    db
	cache cache
}

func (s *Store) Load(ctx context.Context, id string) (*Item, error) {
	ctx, span := tracer.Start(ctx, "Store.Load") // want `span from tracer.Start is not ended on every path` `"Load" returns an error without setting an error status on span`
	item, err := s.db.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	span.End()
	return item, nil
}

func (s *Store) LoadOK(ctx context.Context, id string) (*Item, error) {
	ctx, span := tracer.Start(ctx, "Store.Load")
	defer span.End()
	item, err := s.db.Get(ctx, id)
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
		return nil, err
	}
	return item, nil
}

func (s *Store) Touch(ctx context.Context, id string) {
	ctx, _ = tracer.Start(ctx, "Store.Touch") // want `span returned by tracer.Start is discarded, so it can never be ended`
	s.cache.Touch(ctx, id)
}

func (s *Store) TouchOK(ctx context.Context, id string) {
	ctx, span := tracer.Start(ctx, "Store.Touch")
	defer span.End()
	s.cache.Touch(ctx, id)
}

func (s *Store) Warm(ctx context.Context, ids []string) {
	_, span := tracer.Start(ctx, "Store.Warm") // want `context returned by tracer.Start is discarded but ctx is still passed on`
	defer span.End()
	for _, id := range ids {
		s.cache.Load(ctx, id)
	}
}

func (s *Store) WarmOK(ctx context.Context, ids []string) {
	ctx, span := tracer.Start(ctx, "Store.Warm")
	defer span.End()
	for _, id := range ids {
		s.cache.Load(ctx, id)
	}
}

func audit(ctx context.Context, id string) { // want audit:"ends the span in ctx"
	span := trace.SpanFromContext(ctx)
	defer span.End() // want `this ends the caller's span, taken from the context with trace.SpanFromContext`
	span.SetAttributes(attribute.String("audit.item_id", id))
}

func auditOK(ctx context.Context, id string) {
	span := trace.SpanFromContext(ctx)
	span.SetAttributes(attribute.String("audit.item_id", id))
}

func (s *Store) Drop(ctx context.Context, id string) error {
	ctx, span := tracer.Start(ctx, "Store.Drop")
	err := s.db.Delete(ctx, id)
	span.End()
	if err != nil {
		span.SetStatus(codes.Error, err.Error()) // want `span.SetStatus is called after the span has ended`
	}
	return err
}

func (s *Store) DropOK(ctx context.Context, id string) error {
	ctx, span := tracer.Start(ctx, "Store.Drop")
	defer span.End()
	err := s.db.Delete(ctx, id)
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
	}
	return err
}

var _, _ = audit, auditOK
