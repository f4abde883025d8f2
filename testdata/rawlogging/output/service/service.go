// Package service serves requests and collects a bundle per request:
// what the bundle package prints then is a service's log line, reported
// at the call.
package service

import (
	"net/http"

	"otellint.test/rawlogging/output/internal/bundle"
)

// handle collects the bundle a request asks for.
func handle(w http.ResponseWriter, r *http.Request) {
	res, err := bundle.Collect(r.Context(), r.URL.Query()["dir"]) // want `bundle.Collect prints unstructured text with fmt.Printf, which carries no trace_id`
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	bundle.Rotate(res)
	w.WriteHeader(http.StatusOK)
}
