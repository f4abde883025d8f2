// Package checks is checked with -ctxpropagation.checks=query-without-ctx:
// the other checks are off.
package checks

import (
	"context"
	"database/sql"
	"net/http"

	"go.opentelemetry.io/otel/trace"
)

func all(ctx context.Context, db *sql.DB, u string) {
	_ = trace.SpanFromContext(context.Background())
	_, _ = http.Get(u)
	_, _ = db.Exec("SELECT 1") // want `\(\*sql.DB\).Exec runs without ctx`
	use(context.Background())
}

func use(ctx context.Context) {}
