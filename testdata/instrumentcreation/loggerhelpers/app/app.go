// Package app calls the logger helpers of package logs.
package app

import (
	"net/http"
	"os/exec"

	"go.uber.org/zap"

	"otellint.test/instrumentcreation/loggerhelpers/logs"
)

var logger = logs.New("app")

// Bad: the helper builds a logger for every request.
func handleOrders(w http.ResponseWriter, r *http.Request) {
	l := logs.For("orders") // want `call to "For" creates logger zap.NewProduction in request-scoped code \(HTTP handler handleOrders\): it builds its encoder and sink on every call`
	l.Info("order", zap.String("path", r.URL.Path))
}

// Good: a shared logger, derived per request.
func handleRefunds(w http.ResponseWriter, r *http.Request) {
	logs.Named("refunds").Info("refund", zap.String("path", r.URL.Path))
	logger.With(zap.String("path", r.URL.Path)).Info("refund")
}

// Good: a logrus logger per command costs what deriving one costs.
func handleExport(w http.ResponseWriter, r *http.Request) {
	out, _ := logs.Run(exec.CommandContext(r.Context(), "git", "archive", "HEAD"))
	w.Write(out)
	logs.Current().WithField("path", r.URL.Path).Info("exported")
}

// Bad: a sampled zap logger per request.
func handleImport(w http.ResponseWriter, r *http.Request) {
	logs.Sampled().Info("import", zap.String("path", r.URL.Path)) // want `call to "Sampled" creates logger zap.Config.Build in request-scoped code \(HTTP handler handleImport\)`
}
