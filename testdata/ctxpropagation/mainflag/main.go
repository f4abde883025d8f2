// Package main is checked with -ctxpropagation.include-main and
// -ctxpropagation.include-tests.
package main

import (
	"context"
	"database/sql"

	"go.opentelemetry.io/otel"
)

func main() {
	ctx, span := otel.Tracer("main").Start(context.Background(), "startup")
	defer span.End()
	db, _ := sql.Open("postgres", "")
	_ = db.Ping() // want `\(\*sql.DB\).Ping runs without ctx`
	_ = db.PingContext(ctx)
}
