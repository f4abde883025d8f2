// Package web labels the collectors of another package of the module.
package web

import (
	"net/http"

	"otellint.test/highcardinality/helpers/internal/vecs"
)

// Instrument counts the requests by the pattern that routed them, or
// "other" when none did.
func Instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
		path := r.Pattern
		if path == "" {
			path = "other"
		}
		vecs.Requests.WithLabelValues(path, r.Method, "200").Inc()
	})
}

// Bad: the raw path of each request makes a series.
func count(w http.ResponseWriter, r *http.Request) {
	vecs.Hits.WithLabelValues(r.URL.Path).Inc() // want `metric label "path" of Hits is a raw path, whose values are unbounded`
	vecs.Requests.WithLabelValues(r.Pattern, r.Method, "200").Inc()
}
