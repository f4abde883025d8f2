// Package prom creates Prometheus collectors with promauto, which
// registers them: per request that panics on the second call.
package prom

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

// Good: created once.
var hits = promauto.NewCounter(prometheus.CounterOpts{Name: "hits_total"})

func handleHits(w http.ResponseWriter, r *http.Request) {
	hits.Inc()
}

// Bad: registered on every request.
func handleMisses(w http.ResponseWriter, r *http.Request) {
	misses := promauto.NewCounterVec(prometheus.CounterOpts{Name: "misses_total"}, []string{"route"}) // want `collector promauto.NewCounterVec is created in request-scoped code \(HTTP handler handleMisses\): the second registration panics with a duplicate collector`
	misses.WithLabelValues("/").Inc()
}

// Good: an unregistered collector is only an object.
func handleLocal(w http.ResponseWriter, r *http.Request) {
	c := prometheus.NewCounter(prometheus.CounterOpts{Name: "local_total"})
	c.Inc()
}
