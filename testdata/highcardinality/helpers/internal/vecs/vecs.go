// Package vecs keeps the module's collectors in a registry of its own and
// publishes them in exported variables for the module's other packages,
// which only the module can import.
package vecs

import "github.com/prometheus/client_golang/prometheus"

// registry holds the collectors.
type registry struct {
	requests *prometheus.CounterVec
	hits     *prometheus.CounterVec
	handed   *prometheus.CounterVec
	loose    *prometheus.CounterVec
}

// The collectors, for the other packages of the module.
var (
	Requests *prometheus.CounterVec // want Requests:`collector labelled path,method,status`
	Hits     *prometheus.CounterVec // want Hits:`collector labelled path`
	Handed   *prometheus.CounterVec
)

// Init creates and registers the collectors.
func Init(reg prometheus.Registerer) error {
	m := &registry{}
	// Good: only the importers label these, and they check their values.
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "requests_total"}, []string{"path", "method", "status"})
	m.hits = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "hits_total"}, []string{"path"})
	// Bad: handed to code that may give the path anything.
	m.handed = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "handed_total"}, []string{"path"}) // want `metric label "path" is a raw path`
	// Bad: kept in a slice of any, from which anything may take it back.
	m.loose = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "loose_total"}, []string{"path"}) // want `metric label "path" is a raw path`

	Requests = m.requests
	Hits = m.hits
	Handed = m.handed
	label(m.handed)
	keep([]any{m.loose})

	// A prometheus.Collector cannot label: registering through it is fine.
	for _, c := range []prometheus.Collector{m.requests, m.hits, m.handed, m.loose} {
		if err := reg.Register(c); err != nil {
			return err
		}
	}
	return nil
}

// label gives the path label a value of its own.
func label(vec *prometheus.CounterVec) { vec.WithLabelValues("/x").Inc() }

// keep keeps values.
func keep([]any) {}
