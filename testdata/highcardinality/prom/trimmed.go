package prom

import (
	"net/http"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
)

var byHandler = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "request_duration_seconds"}, []string{"handler"})

// instrument labels each request with its path below the mount prefix,
// collapsing one kind of id: any other path the client sends is a new
// series.
func instrument(prefix string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path, _ := strings.CutPrefix(r.URL.Path, prefix)
		if strings.HasPrefix(path, "/silence/") {
			path = "/silence/{id}"
		}
		byHandler.MustCurryWith(prometheus.Labels{"handler": path}) // want `metric label "handler" is set to path, which holds r.URL.Path`
		h.ServeHTTP(w, r)
	})
}

// instrumentKnown labels each request with one of the known procedures,
// trimmed of its slashes, or "unmatched".
func instrumentKnown(known []string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		label := "unmatched"
		for _, k := range known {
			if r.URL.Path == k {
				label = strings.Trim(k, "/")
			}
		}
		byHandler.MustCurryWith(prometheus.Labels{"handler": label})
		h.ServeHTTP(w, r)
	})
}
