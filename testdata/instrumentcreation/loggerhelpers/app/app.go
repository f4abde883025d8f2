// Package app calls the logger helpers of package logs.
package app

import (
	"net/http"

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
