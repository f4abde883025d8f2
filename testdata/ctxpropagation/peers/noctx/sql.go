package noctx

import (
	"context"
	"database/sql"
)

// store runs every database/sql call that has a ...Context twin without
// the caller's context.
func store(ctx context.Context, db *sql.DB) {
	db.Begin()               // want `\(\*sql.DB\).Begin runs without ctx`
	db.Exec("DELETE FROM t") // want `\(\*sql.DB\).Exec runs without ctx`
	db.Ping()                // want `\(\*sql.DB\).Ping runs without ctx`
	db.Prepare("SELECT 1")   // want `\(\*sql.DB\).Prepare runs without ctx`
	db.Query("SELECT 1")     // want `\(\*sql.DB\).Query runs without ctx`
	db.QueryRow("SELECT 1")  // want `\(\*sql.DB\).QueryRow runs without ctx`

	st, _ := db.PrepareContext(ctx, "SELECT ?")
	st.Exec(1)     // want `\(\*sql.Stmt\).Exec runs without ctx`
	st.Query(1)    // want `\(\*sql.Stmt\).Query runs without ctx`
	st.QueryRow(1) // want `\(\*sql.Stmt\).QueryRow runs without ctx`

	tx, _ := db.BeginTx(ctx, nil)
	tx.Exec("DELETE FROM t") // want `\(\*sql.Tx\).Exec runs without ctx`
	tx.Prepare("SELECT 1")   // want `\(\*sql.Tx\).Prepare runs without ctx`
	tx.Query("SELECT 1")     // want `\(\*sql.Tx\).Query runs without ctx`
	tx.QueryRow("SELECT 1")  // want `\(\*sql.Tx\).QueryRow runs without ctx`
	tx.Stmt(st)              // want `\(\*sql.Tx\).Stmt runs without ctx`
	tx.Commit()

	conn, _ := db.Conn(ctx)
	conn.QueryRowContext(ctx, "SELECT 1")
}
