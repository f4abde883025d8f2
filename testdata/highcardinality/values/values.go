// Package values shows bounded keys fed unbounded values.
package values

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
)

var (
	meter       = otel.Meter("otellint.test/highcardinality/values")
	requests, _ = meter.Int64Counter("requests")
	errs, _     = meter.Int64Counter("errors")
)

func handler(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	requests.Add(ctx, 1, metric.WithAttributes(attribute.String("route", r.URL.Path)))                                             // want `metric attribute "route" is set to r.URL.Path, whose values are unbounded: each one makes a new time series; record the route template`
	requests.Add(ctx, 1, metric.WithAttributes(attribute.String("route", r.RequestURI)))                                           // want `"route" is set to r.RequestURI`
	requests.Add(ctx, 1, metric.WithAttributes(attribute.String("target", r.URL.String())))                                        // want `"target" is set to r.URL.String\(\)`
	requests.Add(ctx, 1, metric.WithAttributes(attribute.Stringer("endpoint", r.URL)))                                             // want `"endpoint" is set to r.URL`
	requests.Add(ctx, 1, metric.WithAttributes(semconv.HTTPRoute(r.URL.Path)))                                                     // want `"http.route" is set to r.URL.Path`
	requests.Add(ctx, 1, metric.WithAttributes(attribute.Key("route").String(fmt.Sprintf("/orders/%s", r.URL.Query().Get("id"))))) // want `"route" is set to r.URL.Query\(\).Get\("id"\)`
	// Negative twins: the route pattern, the method and the status class.
	requests.Add(ctx, 1, metric.WithAttributes(
		attribute.String("route", r.Pattern),
		attribute.String("method", r.Method),
		semconv.HTTPRoute(r.Pattern),
		attribute.String("status_class", fmt.Sprintf("%dxx", 200/100)),
		attribute.String("status", fmt.Sprintf("%d", statusOf(w))),
		attribute.String("op", fmt.Sprintf("%s %s", r.Method, r.Pattern)),
	))
}

func statusOf(http.ResponseWriter) int { return 200 }

func failures(ctx context.Context, err error) {
	errs.Add(ctx, 1, metric.WithAttributes(attribute.String("error", err.Error())))                     // want `metric attribute "error" is set to err.Error\(\), whose values are unbounded: each one makes a new time series; record a bounded error type or code`
	errs.Add(ctx, 1, metric.WithAttributes(attribute.String("job", uuid.New().String())))               // want `"job" is set to uuid.New\(\).String\(\)`
	errs.Add(ctx, 1, metric.WithAttributes(attribute.String("batch", uuid.NewString())))                // want `"batch" is set to uuid.NewString\(\)`
	errs.Add(ctx, 1, metric.WithAttributes(attribute.String("when", time.Now().String())))              // want `"when" is set to time.Now\(\).String\(\)`
	errs.Add(ctx, 1, metric.WithAttributes(attribute.String("day", time.Now().Format(time.DateOnly))))  // want `"day" is set to time.Now\(\).Format\(time.DateOnly\)`
	errs.Add(ctx, 1, metric.WithAttributes(attribute.String("reason", fmt.Sprintf("failed: %v", err)))) // want `"reason" is set to err`
	// Negative twins: a bounded classification of the error and the time.
	errs.Add(ctx, 1, metric.WithAttributes(
		attribute.String("error.type", fmt.Sprintf("%T", 0)),
		attribute.String("weekday", time.Now().Format("Monday")),
		attribute.String("kind", kindOf(err)),
		attribute.Bool("timeout", false),
	))
}

func kindOf(error) string { return "timeout" }
