// Package repo stores orders in SQL.
package repo

import (
	"context"
	"database/sql"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/metric"
)

var (
	tracer = otel.Tracer("shop/repo")
	meter  = otel.Meter("shop/repo")
)

// Orders is the order repository.
type Orders struct {
	DB      *sql.DB
	queries metric.Int64Counter
}

// NewOrders creates the repository and its instruments once.
func NewOrders(db *sql.DB) (*Orders, error) {
	queries, err := meter.Int64Counter("shop.repo.queries")
	if err != nil {
		return nil, err
	}
	return &Orders{DB: db, queries: queries}, nil
}

// Save inserts an order under a span that records failures.
func (o *Orders) Save(ctx context.Context, id, userID string, amount float64) (err error) {
	ctx, span := tracer.Start(ctx, "OrderRepository.Save")
	defer func() {
		if err != nil {
			span.SetStatus(codes.Error, "insert failed")
		}
		span.End()
	}()
	o.queries.Add(ctx, 1, metric.WithAttributes(attribute.String("operation", "insert")))
	_, err = o.DB.ExecContext(ctx, `INSERT INTO orders (id, user_id, amount) VALUES ($1, $2, $3)`, id, userID, amount)
	return err
}

// CountByUser runs its query outside the trace.
func (o *Orders) CountByUser(ctx context.Context, userID string) (int, error) {
	ctx, span := tracer.Start(ctx, "OrderRepository.CountByUser")
	defer span.End()
	row := o.DB.QueryRow(`SELECT count(*) FROM orders WHERE user_id = $1`, userID) // finding: ctxpropagation/query-without-ctx
	var n int
	if err := row.Scan(&n); err != nil {
		span.SetStatus(codes.Error, "count failed")
		return 0, err
	}
	o.queries.Add(ctx, 1, metric.WithAttributes(attribute.String("operation", "count"), attribute.String("query", "SELECT count(*) FROM orders WHERE user_id = "+userID))) // finding: highcardinality/unbounded-key
	return n, nil
}

// StartSaveSpan starts a span for the caller to end: returning the span
// hands it over, which is not a leak.
func StartSaveSpan(ctx context.Context) (context.Context, func()) {
	ctx, span := tracer.Start(ctx, "OrderRepository.Batch")
	return ctx, func() { span.End() }
}
