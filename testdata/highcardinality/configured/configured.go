// Package configured shows metric labels given values of the
// configuration in set-up code, and URLs chosen by another module.
package configured

import (
	"context"
	"net/http"
	"net/url"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"k8s.io/client-go/tools/metrics"
)

const endpointLabel = "url"

var inflight = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "sync_inflight"}, []string{"remote", endpointLabel})

var calls = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sync_calls_total"}, []string{"remote", endpointLabel, "code"})

func init() {
	prometheus.MustRegister(inflight, calls)
}

// Options configures a remote.
type Options struct {
	Name     string
	Endpoint *url.URL
}

// Remote is a client of one configured remote.
type Remote struct {
	inflight prometheus.Gauge
	calls    *prometheus.CounterVec
}

// NewRemote labels the collectors once, with the configured endpoint.
func NewRemote(o Options) *Remote {
	return &Remote{
		inflight: inflight.WithLabelValues(o.Name, o.Endpoint.String()),
		calls:    calls.MustCurryWith(prometheus.Labels{"remote": o.Name, endpointLabel: o.Endpoint.String()}),
	}
}

var fetched = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "fetched_total"}, []string{endpointLabel}) // want `metric label "url" is a full URL`

func init() {
	prometheus.MustRegister(fetched)
}

// fetch labels the counter with the URL of each request it sends.
func fetch(c *http.Client, u *url.URL) error {
	fetched.With(prometheus.Labels{endpointLabel: u.String()}).Inc() // want `metric label "url" is a full URL`
	resp, err := c.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

var pages = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "pages_total"}, []string{"remote", "page"})

func init() {
	prometheus.MustRegister(pages)
}

// serve labels with the URL of every request received.
func serve(w http.ResponseWriter, r *http.Request) {
	pages.WithLabelValues("local", r.URL.String()).Inc() // want `metric label is set to r.URL.String\(\)`
}

var latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "client_latency_seconds"}, []string{"verb", "target"})

// latencyMetric implements the client library's LatencyMetric: the
// library chooses the URL it passes (a template of its requests).
type latencyMetric struct{ vec *prometheus.HistogramVec }

func (m *latencyMetric) Observe(_ context.Context, verb string, u url.URL, d time.Duration) { // want Observe:`gives verb to metric label`
	m.vec.WithLabelValues(verb, u.String()).Observe(d.Seconds())
}

// tracker is called by this module's own code with any URL.
type tracker struct{ vec *prometheus.HistogramVec }

func (t *tracker) Observe(_ context.Context, verb string, u url.URL, d time.Duration) { // want Observe:`gives verb to metric label`
	t.vec.WithLabelValues(verb, u.String()).Observe(d.Seconds()) // want `metric label is set to u.String\(\)`
}

// Recorder is this module's interface.
type Recorder interface {
	Observe(ctx context.Context, verb string, u url.URL, d time.Duration)
}

var (
	_ metrics.LatencyMetric = (*latencyMetric)(nil)
	_ Recorder              = (*tracker)(nil)
)

func init() {
	prometheus.MustRegister(latency)
	metrics.RequestLatency = &latencyMetric{vec: latency}
	http.HandleFunc("/pages", serve)
}

// buildInfo is the binary's build information, set at start-up.
var buildInfo struct {
	Revision string
	Time     time.Time
}

var (
	buildGauge   = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "build_info"}, []string{"revision", "build_date"})
	startedGauge = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "started_info"}, []string{"start_date"})
)

// NewReporter labels the build gauge once, with the time the binary was
// built: one value per binary.
func NewReporter() prometheus.Gauge {
	return buildGauge.WithLabelValues(buildInfo.Revision, buildInfo.Time.Format(time.RFC3339))
}

// NewStartedReporter labels its gauge with the time of the call.
func NewStartedReporter() prometheus.Gauge {
	return startedGauge.WithLabelValues(time.Now().Format(time.RFC3339)) // want `metric label is set to time.Now\(\).Format\(time.RFC3339\)`
}
