// Package routes labels metrics with the path a handler is registered
// under: one value per route of the server, not one per request. Each
// shape has a twin whose path label is given the request's own path, or
// whose collector may be labelled where the package cannot see.
package routes

import (
	"context"
	"net/http"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
)

// The control endpoints' metrics: their "path" label is only ever given
// the pattern of a route.
var (
	controlRequests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "control_requests_total"}, []string{"handler", "path", "code"})
	controlErrors   = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "control_errors_total"}, []string{"path", "method"})
	served          = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "served_total"}, []string{"path"})
	probes          = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "probes_total"}, []string{"path"})
)

// The twins: given the request's path, labelled by callers the package
// cannot see, handed to a helper, or overwritten with the request's path.
var (
	pageViews = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "page_views_total"}, []string{"path"}) // want `metric label "path" is a raw path`
	Exported  = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "exported_total"}, []string{"path"})   // want `metric label "path" is a raw path`
	handedOff = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "handed_off_total"}, []string{"path"}) // want `metric label "path" is a raw path`
	rewritten = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "rewritten_total"}, []string{"path"})  // want `metric label "path" is a raw path`
	rawProbes = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "raw_probes_total"}, []string{"path"}) // want `metric label "path" is a raw path`
)

func init() {
	prometheus.MustRegister(controlRequests, controlErrors, served, probes, pageViews, Exported, handedOff, rewritten, rawProbes)
}

// Plugin is a route that a plugin adds to the control server.
type Plugin struct {
	Pattern string
	Serve   func(http.ResponseWriter, *http.Request) error
}

// newControlMux registers the control endpoints, each counted under the
// pattern it is registered with.
func newControlMux(plugins []Plugin) *http.ServeMux {
	mux := http.NewServeMux()
	withMetrics := func(pattern, handler string, h http.Handler) {
		labels := prometheus.Labels{"path": pattern, "handler": handler}
		h = countCodes(controlRequests.MustCurryWith(labels), h)
		mux.Handle(pattern, h)
	}
	route := func(pattern string, serve func(http.ResponseWriter, *http.Request) error) {
		withMetrics(pattern, "control", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if err := serve(w, r); err != nil {
				controlErrors.With(prometheus.Labels{"path": pattern, "method": r.Method}).Inc()
				http.Error(w, err.Error(), http.StatusInternalServerError)
			}
		}))
	}
	route("/config/", serveConfig)
	for _, p := range plugins {
		route(p.Pattern, p.Serve)
	}
	withMetrics("/debug/", "debug", http.NotFoundHandler())
	return mux
}

// countCodes counts the responses of next by status code.
func countCodes(counter *prometheus.CounterVec, next http.Handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
		counter.With(prometheus.Labels{"code": strconv.Itoa(http.StatusOK)}).Inc()
	}
}

func serveConfig(w http.ResponseWriter, r *http.Request) error { return nil }

// handle registers h under pattern through a function of the package.
func handle(mux *http.ServeMux, pattern string, h http.HandlerFunc) {
	mux.HandleFunc(pattern, h)
}

// handleCounted counts the requests of a route, registered by handle.
func handleCounted(mux *http.ServeMux, pattern string, h http.HandlerFunc) {
	handle(mux, pattern, func(w http.ResponseWriter, r *http.Request) {
		served.WithLabelValues(pattern).Inc()
		h(w, r)
	})
}

// probeHandlers counts the probes through helpers whose every caller
// passes a constant path.
func probeHandlers(mux *http.ServeMux) {
	probe := func(path string) { probes.WithLabelValues(path).Inc() }
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { probe("/healthz") })
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) { countProbe("/readyz") })
	handleCounted(mux, "/livez", func(w http.ResponseWriter, r *http.Request) {})
}

func countProbe(path string) { probes.With(prometheus.Labels{"path": path}).Inc() }

// The twins.

func pages(w http.ResponseWriter, r *http.Request) {
	pageViews.With(prometheus.Labels{"path": "/"}).Inc()
	pageViews.With(prometheus.Labels{"path": r.URL.Path}).Inc() // want `metric label "path" is a raw path`
	Exported.WithLabelValues(r.Pattern).Inc()
	observe(handedOff, r.Pattern)
}

func observe(vec *prometheus.CounterVec, route string) { vec.WithLabelValues(route).Inc() }

func rewrite(mux *http.ServeMux, pattern string) {
	mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		labels := prometheus.Labels{"path": pattern}
		labels["path"] = r.URL.Path
		rewritten.With(labels).Inc()
	})
}

func rawProbeHandlers(mux *http.ServeMux) {
	probe := func(path string) { rawProbes.WithLabelValues(path).Inc() }
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { probe("/healthz") })
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { probe(r.URL.Path) })
}

var hits, _ = otel.Meter("otellint.test/highcardinality/routes").Int64Counter("hits")

// attributes gives a metric's path attribute the route, then the raw
// path.
func attributes(ctx context.Context, r *http.Request) {
	hits.Add(ctx, 1, metric.WithAttributes(attribute.String("path", r.Pattern), attribute.String("url.path", "/")))
	hits.Add(ctx, 1, metric.WithAttributes(attribute.String("path", r.URL.Path))) // want `metric attribute "path" is a raw path`
}

// The label names in a variable: the path is the second value of
// WithLabelValues.
var (
	methodAndPath = []string{"method", "path"}
	byMethod      = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "by_method_total"}, methodAndPath)
	byMethodRaw   = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "by_method_raw_total"}, []string{"method", "path"}) // want `metric label "path" is a raw path`
)

func methods(mux *http.ServeMux, pattern string) {
	mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		byMethod.WithLabelValues(r.Method, pattern).Inc()
		byMethodRaw.WithLabelValues(pattern, r.URL.Path).Inc() // want `metric label is set to r.URL.Path`
	})
}
