// Package errtext shows an error's message reaching a metric label
// through variables and struct fields, beside bounded forms of the error.
package errtext

import (
	"errors"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

var failed = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "load_failures_total"}, []string{"name", "code", "reason"})

// status is the last state of a load, kept for a status report.
type status struct {
	Name    string
	Code    string
	Message string // want Message:`holds err.Error\(\)`
	Kind    string
}

// setError records err in s.
func (s *status) setError(err error) {
	if err == nil {
		s.Code, s.Message = "", ""
		return
	}
	s.Code = "load_error"
	s.Message = err.Error()
	s.Kind = kindOf(err)
}

// kindOf classifies an error into a few kinds.
func kindOf(err error) string {
	if errors.Is(err, errTimeout) {
		return "timeout"
	}
	return "other"
}

var errTimeout = errors.New("timeout")

// Bad: the message of the error, through a field and through a variable.
func report(s *status, err error) {
	failed.WithLabelValues(s.Name, s.Code, s.Message).Inc() // want `metric label is set to s.Message, which holds err.Error\(\), whose values are unbounded: each one makes a new time series; record a bounded error type or code, and the message on the span`
	msg := err.Error()
	failed.WithLabelValues(s.Name, s.Code, msg).Inc()                                   // want `metric label is set to msg, which holds err.Error\(\)`
	failed.WithLabelValues(s.Name, s.Code, fmt.Sprint(err)).Inc()                       // want `metric label is set to err, whose values are unbounded: each one makes a new time series; record a bounded error type or code`
	failed.With(prometheus.Labels{"name": s.Name, "code": s.Code, "reason": msg}).Inc() // want `metric label "reason" is set to msg, which holds err.Error\(\)`
}

// Good: the kind of the error, the name of its type, and a message
// replaced by its class before it is used.
func reportBounded(s *status, err error) {
	failed.WithLabelValues(s.Name, s.Code, s.Kind).Inc()
	failed.WithLabelValues(s.Name, s.Code, fmt.Sprintf("%T", err)).Inc()
	reason := err.Error()
	reason = classify(reason)
	failed.WithLabelValues(s.Name, s.Code, reason).Inc()
}

// classify maps a message to one of a few reasons.
func classify(msg string) string {
	if len(msg) > 100 {
		return "long"
	}
	return "short"
}
