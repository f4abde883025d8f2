// Package deleted shows label values whose series the package deletes
// again when the object they name goes away (a discovered target, a
// connected peer): as many series as live objects. Beside them, the same
// values given to collectors that are never deleted, or deleted with
// another value.
package deleted

import (
	"net/url"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	sent    *prometheus.CounterVec
	queue   *prometheus.GaugeVec
	dropped *prometheus.CounterVec
}

var m = &metrics{
	sent:    prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sent_total"}, []string{"target"}),
	queue:   prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "queue_length"}, []string{"target"}),
	dropped: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dropped_total"}, []string{"target"}),
}

// A loop sends to one discovered target until the target goes away.
type loop struct {
	target  string
	metrics *metrics
}

// newLoop labels the collectors with its target and keeps it: stop
// deletes the series of the target again.
func newLoop(target string, ms *metrics) *loop {
	ms.sent.WithLabelValues(target)
	ms.queue.WithLabelValues(target)
	return &loop{target: target, metrics: ms}
}

func (l *loop) send() {
	l.metrics.sent.WithLabelValues(l.target).Inc()
	l.metrics.queue.WithLabelValues(l.target).Set(0)
}

func (l *loop) stop() {
	l.metrics.sent.DeleteLabelValues(l.target)
	l.metrics.queue.DeleteLabelValues(l.target)
}

// sync starts a loop per target that discovery finds.
func sync(targets []*url.URL) map[string]*loop {
	loops := map[string]*loop{}
	for _, t := range targets {
		u := t.String()
		loops[u] = newLoop(u, m)
	}
	return loops
}

// Peers are labelled by a field the package deletes with
// DeletePartialMatch when the peer disconnects.
type peer struct{ addr string } // want addr:`holds u.String\(\)`

var peerBytes = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "peer_bytes_total"}, []string{"peer", "dir"})

func connect(u *url.URL) *peer {
	return &peer{addr: u.String()}
}

func (p *peer) read(n int) {
	peerBytes.With(prometheus.Labels{"peer": p.addr, "dir": "in"}).Add(float64(n))
}

func (p *peer) close() {
	peerBytes.DeletePartialMatch(prometheus.Labels{"peer": p.addr})
}

// Positive twins.

// A leakyLoop labels a collector that nothing deletes.
type leakyLoop struct {
	target  string
	metrics *metrics
}

func newLeakyLoop(target string, ms *metrics) *leakyLoop {
	ms.dropped.WithLabelValues(target)
	return &leakyLoop{target: target, metrics: ms}
}

func (l *leakyLoop) drop() {
	l.metrics.dropped.WithLabelValues(l.target).Inc()
}

// stopOther deletes the series of another collector.
func (l *leakyLoop) stopOther() {
	l.metrics.sent.DeleteLabelValues(l.target)
}

func syncLeaky(targets []*url.URL) {
	for _, t := range targets {
		u := t.String()
		newLeakyLoop(u, m) // want `metric label is set, through parameter target of newLeakyLoop, to u, which holds t.String\(\)`
	}
}

// A request's URL given to a collector whose series are deleted with
// another value: the request's own series stay.
type conn struct {
	addr string
	path string // want path:`holds u.Path`
}

var connBytes = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "conn_bytes_total"}, []string{"peer"})

func accept(u *url.URL) *conn {
	return &conn{addr: u.Host, path: u.Path}
}

func (c *conn) read(n int) {
	connBytes.With(prometheus.Labels{"peer": c.path}).Add(float64(n)) // want `metric label "peer" is set to c.path, which holds u.Path`
}

func (c *conn) close() {
	connBytes.DeletePartialMatch(prometheus.Labels{"peer": c.addr})
}
