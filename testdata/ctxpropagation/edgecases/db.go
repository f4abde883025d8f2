package edgecases

import (
	"context"
	"database/sql"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("edgecases")

// 3. Database queries.
func queryBad(ctx context.Context, db *sql.DB, query string, args ...any) error {
	rows, err := db.Query(query, args...) // want `\(\*sql.DB\).Query runs without ctx, so it is not traced under the caller's span; use QueryContext\(ctx, ...\)`
	if err != nil {
		return err
	}
	defer rows.Close()
	var n int
	if err := db.QueryRow("SELECT 1").Scan(&n); err != nil { // want `\(\*sql.DB\).QueryRow runs without ctx`
		return err
	}
	if _, err := db.Exec("DELETE FROM t WHERE id = ?", n); err != nil { // want `\(\*sql.DB\).Exec runs without ctx`
		return err
	}
	return db.Ping() // want `\(\*sql.DB\).Ping runs without ctx.*use PingContext\(ctx\)`
}

func queryGood(ctx context.Context, db *sql.DB, query string, args ...any) error {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var n int
	if err := db.QueryRowContext(ctx, "SELECT 1").Scan(&n); err != nil {
		return err
	}
	if _, err := db.ExecContext(ctx, "DELETE FROM t WHERE id = ?", n); err != nil {
		return err
	}
	return db.PingContext(ctx)
}

func txBad(ctx context.Context, db *sql.DB) error {
	tx, err := db.Begin() // want `\(\*sql.DB\).Begin runs without ctx.*use BeginTx\(ctx, nil\)`
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmt, err := tx.Prepare("INSERT INTO t VALUES (?)") // want `\(\*sql.Tx\).Prepare runs without ctx`
	if err != nil {
		return err
	}
	if _, err := stmt.Exec(1); err != nil { // want `\(\*sql.Stmt\).Exec runs without ctx`
		return err
	}
	if _, err := tx.Exec("UPDATE t SET x = 1"); err != nil { // want `\(\*sql.Tx\).Exec runs without ctx`
		return err
	}
	return tx.Commit()
}

func txGood(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, "INSERT INTO t VALUES (?)")
	if err != nil {
		return err
	}
	if _, err := stmt.ExecContext(ctx, 1); err != nil {
		return err
	}
	return tx.Commit()
}

// A store that embeds the database is the same database.
type store struct{ *sql.DB }

func (s store) countBad(ctx context.Context) (n int, err error) {
	err = s.QueryRow("SELECT count(*) FROM t").Scan(&n) // want `\(\*sql.DB\).QueryRow runs without ctx`
	return n, err
}

func (s store) countGood(ctx context.Context) (n int, err error) {
	err = s.QueryRowContext(ctx, "SELECT count(*) FROM t").Scan(&n)
	return n, err
}

// Method values run the query later, without the context.
func queryValueBad(ctx context.Context, db *sql.DB) {
	exec := db.Exec // want `\(\*sql.DB\).Exec used as a value runs without a context.*use ExecContext with ctx`
	_, _ = exec("VACUUM")
}

// No context in scope: reported only with -ctxpropagation.strict.
func migrate(db *sql.DB) error {
	_, err := db.Exec("CREATE TABLE t (x int)")
	return err
}

// A fresh root is not the caller's context: nothing to pass on.
func migrateRoot(db *sql.DB) error {
	ctx := context.Background()
	_, err := db.ExecContext(ctx, "CREATE TABLE t (x int)")
	_, _ = db.Exec("ANALYZE")
	return err
}

// A job that starts its own trace passes it on.
func job(db *sql.DB) error {
	ctx, span := tracer.Start(context.Background(), "job")
	defer span.End()
	processTask(ctx)
	_, err := db.Exec("DELETE FROM sessions") // want `\(\*sql.DB\).Exec runs without ctx`
	return err
}

func jobGood(db *sql.DB) error {
	ctx, span := tracer.Start(context.Background(), "job")
	defer span.End()
	_, err := db.ExecContext(ctx, "DELETE FROM sessions")
	return err
}
