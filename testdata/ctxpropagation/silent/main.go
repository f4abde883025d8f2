// Package main is where every trace starts: main and init are silent.
package main

import (
	"context"
	"database/sql"
	"net/http"

	"go.opentelemetry.io/otel"
)

func init() {
	ctx := context.Background()
	_, _ = http.Get("http://config")
	_ = ctx
}

func main() {
	ctx := context.Background()
	_, span := otel.Tracer("main").Start(context.Background(), "startup")
	defer span.End()
	db, _ := sql.Open("postgres", "")
	_ = db.Ping()
	go func() {
		serve(context.TODO())
	}()
	serve(ctx)
}

func serve(ctx context.Context) {}
