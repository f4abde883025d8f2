// Package periodic looks up a tracer in a job that a background ticker
// loop runs once per interval: not per request. The same lookup in a job
// that a handler also runs, and a registration that panics on the second
// tick, are reported.
package periodic

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel"
)

type Store struct {
	interval time.Duration
	stop     chan struct{}
}

func NewStore(interval time.Duration) *Store {
	s := &Store{interval: interval, stop: make(chan struct{})}
	go s.runCompaction()
	return s
}

// runCompaction compacts on every tick until the store is closed.
func (s *Store) runCompaction() {
	ticker := time.NewTicker(s.interval)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			_ = s.compactAll(context.Background())
			_ = s.expire(context.Background())
			s.publish(context.Background()) // want `call to "publish" creates collector registration prometheus.MustRegister in request-scoped code \(timer loop\)`
		case <-s.stop:
			return
		}
	}
}

// Good: once per interval.
func (s *Store) compactAll(ctx context.Context) error {
	ctx, span := otel.Tracer("store").Start(ctx, "compactAll")
	defer span.End()
	_ = ctx
	return nil
}

// Bad: a handler runs it too.
func (s *Store) expire(ctx context.Context) error {
	ctx, span := otel.Tracer("store").Start(ctx, "expire") // want `tracer otel.Tracer is looked up in request-scoped code \(function expire that takes a request context\)`
	defer span.End()
	_ = ctx
	return nil
}

func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_ = s.expire(r.Context())
}

// Bad: the second tick registers the collector again and panics.
func (s *Store) publish(ctx context.Context) { // want publish:"creates collector registration prometheus.MustRegister"
	prometheus.MustRegister(prometheus.NewGauge(prometheus.GaugeOpts{Name: "store_size"}))
}

func (s *Store) Close() { close(s.stop) }
