// Package infometric shows info metrics: a labelled gauge reset before
// it is given its one value, so that it holds a single series whatever
// the value, beside the same labelling without the reset.
package infometric

import (
	"crypto/sha256"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

var (
	configHash = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "config_hash"}, []string{"sha256"})
	loadedHash = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "loaded_config_hash"}, []string{"sha256"})
	versions   = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "plugin_version"}, []string{"version"})
)

type manager struct {
	hash  *prometheus.GaugeVec
	other *prometheus.GaugeVec
}

// load exposes the hash of the configuration it read: one series, the
// current one.
func load(buf []byte) {
	sum := sha256.Sum256(buf)
	configHash.Reset()
	configHash.WithLabelValues(fmt.Sprintf("%x", sum)).Set(1)
}

// reload does the same through a field, with a branch in between.
func (m *manager) reload(buf []byte, ok bool) {
	sum := sha256.Sum256(buf)
	m.hash.Reset()
	if ok {
		m.hash.WithLabelValues(fmt.Sprintf("%x", sum[:])).Set(1)
	}
}

// Positive twins.

// loadKeep never resets: every configuration ever loaded stays a series.
func loadKeep(buf []byte) {
	sum := sha256.Sum256(buf)
	loadedHash.WithLabelValues(fmt.Sprintf("%x", sum)).Set(1) // want `metric label is set to sum, whose values are unbounded`
}

// resetOther resets another collector than the one it labels.
func (m *manager) resetOther(buf []byte) {
	sum := sha256.Sum256(buf)
	m.other.Reset()
	m.hash.WithLabelValues(fmt.Sprintf("%x", sum)).Set(1) // want `metric label is set to sum, whose values are unbounded`
}

// each resets once, then labels in a loop: one series per name.
func each(names []fmt.Stringer) {
	versions.Reset()
	for _, n := range names {
		versions.WithLabelValues(fmt.Sprint(n)).Set(1) // want `metric label is set to n, whose values are unbounded`
	}
}

// later resets after labelling: the reset does not bound this call.
func later(buf []byte) {
	sum := sha256.Sum256(buf)
	go func() {
		configHash.WithLabelValues(fmt.Sprintf("%x", sum)).Set(1) // want `metric label is set to sum, whose values are unbounded`
	}()
	configHash.Reset()
}
