// Package prom shows Prometheus client_golang label names and values.
package prom

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

var labelNames = []string{"route", "session_id"} // want `metric label "session_id" is a session id, whose values are unbounded: each one makes a new time series; log it or record it on a span, and keep labels bounded`

var (
	byUser = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "orders_total"},
		[]string{"method", "user_id"}) // want `metric label "user_id" is a user id`
	byEmail = promauto.NewHistogramVec(prometheus.HistogramOpts{Name: "latency_seconds"},
		[]string{"email"}) // want `metric label "email" is an email address`
	bySession = promauto.With(prometheus.DefaultRegisterer).NewGaugeVec(prometheus.GaugeOpts{Name: "sessions"}, labelNames)
	// Negative twin: bounded labels.
	byRoute = promauto.NewCounterVec(prometheus.CounterOpts{Name: "requests_total"},
		[]string{"route", "method", "status_class"})
	plain = promauto.NewCounter(prometheus.CounterOpts{Name: "plain_total", ConstLabels: prometheus.Labels{"service": "shop"}})
)

func handler(w http.ResponseWriter, r *http.Request) {
	byUser.With(prometheus.Labels{"method": r.Method, "user_id": "u"}).Inc()                              // want `metric label "user_id" is a user id`
	byRoute.With(prometheus.Labels{"route": r.URL.Path, "method": r.Method, "status_class": "2xx"}).Inc() // want `metric label "route" is set to r.URL.Path`
	byRoute.WithLabelValues(r.RequestURI, r.Method, "2xx").Inc()                                          // want `metric label is set to r.RequestURI`
	// Negative twins.
	byRoute.With(prometheus.Labels{"route": r.Pattern, "method": r.Method, "status_class": "2xx"}).Inc()
	byRoute.WithLabelValues(r.Pattern, r.Method, "2xx").Inc()
	labels := prometheus.Labels{"order_id": "o"} // want `metric label "order_id" is an order id`
	byUser.MustCurryWith(labels)
	_ = byEmail
	_ = bySession
	_ = plain
}
