// Package loops creates in loops: per iteration, or building a table once.
package loops

import (
	"context"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

var meter = otel.Meter("otellint.test/loops")

// Bad: one instrument per item.
func recordAll(sizes []int64) {
	for _, n := range sizes {
		h, _ := meter.Int64Histogram("size") // want `instrument Int64Histogram is created in request-scoped code \(loop body\)`
		h.Record(context.Background(), n)
	}
}

// Good: a table of instruments built once, by a neutral function.
func counters(names []string) map[string]metric.Int64Counter { // want counters:"creates instrument Int64Counter"
	m := map[string]metric.Int64Counter{}
	for _, name := range names {
		c, _ := meter.Int64Counter(name)
		m[name] = c
	}
	return m
}

func histograms(names []string) []metric.Float64Histogram { // want histograms:"creates instrument Float64Histogram"
	var hs []metric.Float64Histogram
	for _, name := range names {
		h, _ := meter.Float64Histogram(name)
		hs = append(hs, h)
	}
	return hs
}

// Good: built in set-up code.
func NewWorker(names []string) *Worker { // want NewWorker:"creates instrument Int64Counter"
	w := &Worker{done: make(chan struct{})}
	for range names {
		w.c, _ = meter.Int64Counter("w")
	}
	w.tbl = counters(names)
	return w
}

type Worker struct {
	c    metric.Int64Counter
	tbl  map[string]metric.Int64Counter
	done chan struct{}
}

// Bad: an event loop runs per tick, even when started by set-up code.
func (w *Worker) Run2(jobs chan string) {
	for job := range jobs {
		c, _ := meter.Int64Counter("job." + job) // want `instrument Int64Counter is created in request-scoped code \(event loop\)`
		c.Add(context.Background(), 1)
	}
}

// Good: a ticker's loop creates once per tick, once a minute rather than
// per request; the instruments it gets back are the same each time.
func NewTicker() {
	go func() {
		t := time.NewTicker(time.Minute)
		defer t.Stop()
		for range t.C {
			_ = counters([]string{"tick"})
		}
	}()
}
