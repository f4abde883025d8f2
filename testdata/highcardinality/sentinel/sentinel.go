// Package sentinel shows the message of an error that can only be one of
// the package's own sentinels given to a metric label (a closed set,
// silent), beside an error that can also come from elsewhere (reported).
package sentinel

import (
	"errors"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

var rejected = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "jobs_rejected_total"}, []string{"reason"})

var (
	errFull   = errors.New("queue full")
	errClosed = errors.New("queue closed")
)

// queue holds jobs up to a limit.
type queue struct {
	jobs   []string
	limit  int
	closed bool
}

// push adds job, or says why it cannot.
func (q *queue) push(job string) (int, error) {
	return q.pushAt(job, len(q.jobs))
}

// pushAt adds job at i.
func (q *queue) pushAt(job string, i int) (int, error) {
	if q.closed {
		return 0, errClosed
	}
	if len(q.jobs) >= q.limit {
		return len(q.jobs), errFull
	}
	q.jobs = append(q.jobs[:i], job)
	return len(q.jobs), nil
}

// store adds job, or returns an error naming it.
func (q *queue) store(job string) (int, error) {
	if q.closed {
		return 0, fmt.Errorf("store %s: %w", job, errClosed)
	}
	return q.push(job)
}

// Submit counts a job the queue rejects by its sentinel's message.
func Submit(q *queue, job string) {
	if _, err := q.push(job); err != nil {
		rejected.WithLabelValues(err.Error())
	}
}

// Store counts a job the queue rejects by an error that names the job.
func Store(q *queue, job string) {
	if _, err := q.store(job); err != nil {
		rejected.WithLabelValues(err.Error()) // want `unbounded`
	}
}
