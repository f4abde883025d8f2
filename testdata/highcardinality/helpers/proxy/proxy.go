// Package proxy calls the metric helpers of another package; it uses no
// metric API itself.
package proxy

import (
	"net/http"

	"otellint.test/highcardinality/helpers/reqmetrics"
	"otellint.test/highcardinality/helpers/status"
)

// Bad: a raw path and an error's message, through the parameters of
// another package's functions.
func serve(w http.ResponseWriter, r *http.Request, s *status.Status) {
	reqmetrics.Record(r.URL.Path)        // want `metric label is set, through parameter target of Record, to r.URL.Path, whose values are unbounded`
	reqmetrics.Failed(s.Name, s.Message) // want `metric label is set, through parameter reason of Failed, to s.Message, which holds err.Error\(\)`
}

// Good: the route pattern and a bounded code.
func serveRoute(w http.ResponseWriter, r *http.Request, s *status.Status) {
	reqmetrics.Record(r.Pattern)
	reqmetrics.Failed(s.Name, s.Code)
}
