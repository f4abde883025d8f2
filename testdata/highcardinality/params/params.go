// Package params shows a request's URI reaching a metric label through
// the parameters of the package's functions, beside routes that do not.
package params

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
)

var requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "requests_total"}, []string{"service", "method", "request", "code"})

// Repo records the request metrics.
type Repo struct{ counter metric.Int64Counter }

// UpdateRequest counts one request.
func (r *Repo) UpdateRequest(service, request, method string, code int) { // want UpdateRequest:`gives request to metric label "request", method to metric label "method"`
	requests.With(prometheus.Labels{
		"service": "proxy",
		"method":  method,
		"request": request,
		"code":    strconv.Itoa(code),
	}).Inc()
}

// Observe counts one request with the OpenTelemetry API, in a closure.
func (r *Repo) Observe(request string) func(*http.Request) { // want Observe:`gives request to metric attribute "request"`
	target := request
	return func(req *http.Request) {
		r.counter.Add(req.Context(), 1, metric.WithAttributes(attribute.String("request", target)))
	}
}

// Normalized labels the first segment of its request only: the
// parameter is replaced before it reaches the label.
func (r *Repo) Normalized(request string) {
	request = firstSegment(request)
	requests.WithLabelValues("proxy", http.MethodGet, request, "200").Inc()
}

// record passes its parameter on.
func record(repo *Repo, uri string) {
	repo.UpdateRequest("proxy", uri, http.MethodGet, 200)
}

// Middleware counts the requests it serves.
type Middleware struct {
	repo     *Repo
	collapse bool
}

// Bad: the raw request URI on the path where collapse is off, and a path
// through a helper.
func (m *Middleware) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	uri := r.RequestURI
	if m.collapse {
		uri = firstSegment(uri)
	}
	m.repo.UpdateRequest("proxy", uri, r.Method, 200) // want `metric label "request" is set, through parameter request of UpdateRequest, to uri, which holds r.RequestURI, whose values are unbounded: each one makes a new time series; record the route template`
	m.repo.Observe(r.URL.Path)(r)                     // want `metric attribute "request" is set, through parameter request of Observe, to r.URL.Path`
	record(m.repo, r.URL.String())                    // want `metric label "request" is set, through parameter uri of record, to r.URL.String\(\)`
}

// Good: the route pattern, a path replaced on every path, and a value
// the function does not give to a metric.
func (m *Middleware) serveRoute(w http.ResponseWriter, r *http.Request) {
	m.repo.UpdateRequest(r.URL.Path, r.Pattern, r.Method, 200)
	uri := r.RequestURI
	uri = firstSegment(uri)
	m.repo.UpdateRequest("proxy", uri, r.Method, 200)
	route := r.Pattern
	record(m.repo, route)
	m.repo.Normalized(r.RequestURI)
}

// firstSegment returns the first segment of a path.
func firstSegment(uri string) string {
	parts := strings.SplitN(uri, "/", 3)
	if len(parts) > 1 {
		return "/" + parts[1]
	}
	return "/"
}
