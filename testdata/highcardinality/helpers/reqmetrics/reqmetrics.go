// Package reqmetrics records request metrics for other packages.
package reqmetrics

import "github.com/prometheus/client_golang/prometheus"

var (
	requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "requests_total"}, []string{"target"})
	failures = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "failures_total"}, []string{"name", "reason"})
)

// Record counts a request to target.
func Record(target string) { // want Record:`gives target to metric label`
	requests.WithLabelValues(target).Inc()
}

// Failed counts a failed load.
func Failed(name, reason string) { // want Failed:`gives name to metric label, reason to metric label`
	failures.WithLabelValues(name, reason).Inc()
}
