// Package strict is checked with -ctxpropagation.strict: requests and
// queries without a context are reported even where no context is in
// scope, with no fix.
package strict

import (
	"context"
	"database/sql"
	"net/http"
)

func fetch(u string) (*http.Response, error) {
	return http.Get(u) // want `http.Get sends the request without a context, so the trace is not propagated; build it with http.NewRequestWithContext and the caller's context, and call Do`
}

func newReq(u string) (*http.Request, error) {
	return http.NewRequest(http.MethodGet, u, nil) // want `http.NewRequest creates a request without a context`
}

func migrate(db *sql.DB) error {
	_, err := db.Exec("CREATE TABLE t (x int)") // want `\(\*sql.DB\).Exec runs without a context, so it is not traced under the caller's span; use ExecContext with the caller's context`
	return err
}

// Background is still reported only where a context is available.
func root() {
	use(context.Background())
}

func use(ctx context.Context) {}

// Correct code stays silent.
func fetchGood(ctx context.Context, u string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
