// Package opalog logs through Open Policy Agent's logger: printf-style
// levels, and fields given as a map.
package opalog

import (
	"io"
	"net/http"

	oldlogging "github.com/open-policy-agent/opa/logging"
	"github.com/open-policy-agent/opa/v1/logging"
)

// serve logs what it was sent.
func serve(logger logging.Logger, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	logger.Debug("received %s", body) // want `logs the whole request body read by io.ReadAll`
	logger.WithFields(map[string]any{
		"client_addr": r.RemoteAddr,
		"api_key":     r.Header.Get("X-Api-Key"), // want `log key "api_key" names a secret \(api key\)`
	}).Info("request")
	fields := map[string]any{"email": r.FormValue("email")} // want `log key "email" names personal data \(email\)`
	logger.WithFields(fields).Warn("signup")

	// Bounded, non-personal values.
	logger.WithFields(map[string]any{"method": r.Method, "path": r.URL.Path}).Info("request")
	logger.Info("received %d bytes from %s", len(body), r.RemoteAddr)
	other := map[string]any{"email": "none"} // not given to a logger
	_ = other
}

// legacy logs through the older path of the same interface.
func legacy(logger oldlogging.Logger, token string) {
	logger.Error("auth failed, token=%s", token) // want `format key "token" names a secret \(token\)`
	logger.Error("auth failed for %d users", 3)
}
