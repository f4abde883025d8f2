package synth

// The templates of the generated files. PKG, NUM, FN and MOD are replaced
// by expand; each file imports the union of its kind's imports and the
// imports it does not use are removed when it is written.

const telemetrySrc = `// Package telemetry installs the OpenTelemetry providers of the service.
package telemetry

import (
	"context"
	"errors"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlpmetric/otlpmetrichttp"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/propagation"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.26.0"
	"go.uber.org/zap"
)

// InitObservability installs the global tracer and meter providers and
// returns their shutdown function.
func InitObservability(ctx context.Context, service string) (func(context.Context) error, error) {
	res, err := resource.Merge(resource.Default(), resource.NewWithAttributes(semconv.SchemaURL, semconv.ServiceName(service)))
	if err != nil {
		return nil, err
	}
	texp, err := otlptracehttp.New(ctx)
	if err != nil {
		return nil, err
	}
	mexp, err := otlpmetrichttp.New(ctx)
	if err != nil {
		return nil, err
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(texp), sdktrace.WithResource(res))
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(sdkmetric.NewPeriodicReader(mexp)), sdkmetric.WithResource(res))
	otel.SetTracerProvider(tp)
	otel.SetMeterProvider(mp)
	otel.SetTextMapPropagator(propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{}))
	return func(ctx context.Context) error {
		return errors.Join(tp.Shutdown(ctx), mp.Shutdown(ctx))
	}, nil
}

// NewLogger returns the process logger.
func NewLogger() (*zap.Logger, error) {
	return zap.NewProduction()
}
`

const modelSrc = `// Package model holds the types the services exchange.
package model

// Item is one article of the catalogue.
type Item struct {
	ID    string
	Name  string
	Price int64
}

// Order is a customer's order.
type Order struct {
	ID     string
	UserID string
	Email  string
	Items  []Item
	Total  int64
}

// Event is a message of the queue.
type Event struct {
	Key     string
	Headers map[string]string
	Body    []byte
}
`

var imports = map[string]string{
	"handlers": `import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/trace"
	"go.uber.org/zap"

	"MOD/internal/model"
)

`,
	"repo": `import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"

	"MOD/internal/model"
)

`,
	"worker": `import (
	"context"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"github.com/sirupsen/logrus"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"

	"MOD/internal/model"
)

`,
	"client": `import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/rs/zerolog"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
)

`,
	"consumer": `import (
	"context"
	"encoding/json"
	"log/slog"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"

	"MOD/internal/model"
)

`,
}

var headers = map[string]string{
	"handlers": `var tracer = otel.Tracer("MOD/svc/handlers/PKG")

// Server serves the PKG routes.
type Server struct {
	db       *sql.DB
	log      *zap.Logger
	client   *http.Client
	requests metric.Int64Counter
	latency  metric.Float64Histogram
}

// NewServer builds the server and its instruments.
func NewServer(db *sql.DB, log *zap.Logger) (*Server, error) {
	meter := otel.Meter("MOD/svc/handlers/PKG")
	requests, err := meter.Int64Counter("PKG.requests", metric.WithDescription("requests served"), metric.WithUnit("{request}"))
	if err != nil {
		return nil, fmt.Errorf("PKG: %w", err)
	}
	latency, err := meter.Float64Histogram("PKG.latency", metric.WithUnit("ms"))
	if err != nil {
		return nil, fmt.Errorf("PKG: %w", err)
	}
	return &Server{db: db, log: log, client: &http.Client{Timeout: 5 * time.Second}, requests: requests, latency: latency}, nil
}

`,
	"repo": `var tracer = otel.Tracer("MOD/svc/repo/PKG")

// Repo stores orders.
type Repo struct{ db *sql.DB }

// New returns a repository over db.
func New(db *sql.DB) *Repo { return &Repo{db: db} }

`,
	"worker": `var tracer = otel.Tracer("MOD/svc/worker/PKG")

var processed = promauto.NewCounterVec(prometheus.CounterOpts{
	Name: "PKG_jobs_processed_total",
	Help: "Jobs processed.",
}, []string{"queue", "result"})

// Worker runs background jobs.
type Worker struct {
	log     *logrus.Logger
	backlog metric.Int64UpDownCounter
	mu      sync.Mutex
	queue   []model.Event
}

// NewWorker builds a worker and its instruments.
func NewWorker(log *logrus.Logger) (*Worker, error) {
	backlog, err := otel.Meter("MOD/svc/worker/PKG").Int64UpDownCounter("PKG.backlog")
	if err != nil {
		return nil, err
	}
	return &Worker{log: log, backlog: backlog}, nil
}

`,
	"client": `var tracer = otel.Tracer("MOD/svc/client/PKG")

// Client calls the PKG upstream.
type Client struct {
	base string
	http *http.Client
	log  zerolog.Logger
}

// NewClient returns a client with an instrumented transport.
func NewClient(base string) *Client {
	return &Client{
		base: base,
		http: &http.Client{Transport: otelhttp.NewTransport(http.DefaultTransport)},
		log:  zerolog.New(os.Stderr).With().Timestamp().Logger(),
	}
}

`,
	"consumer": `var tracer = otel.Tracer("MOD/svc/consumer/PKG")

// Consumer handles events from a queue.
type Consumer struct {
	log      *slog.Logger
	consumed metric.Int64Counter
	out      chan<- model.Event
}

// NewConsumer builds a consumer and its instruments.
func NewConsumer(log *slog.Logger, out chan<- model.Event) (*Consumer, error) {
	consumed, err := otel.Meter("MOD/svc/consumer/PKG").Int64Counter("PKG.consumed")
	if err != nil {
		return nil, err
	}
	return &Consumer{log: log, consumed: consumed, out: out}, nil
}

`,
}

var bodies = map[string]string{
	"handlers": `// handleGetFN returns one item.
func (s *Server) handleGetFN(w http.ResponseWriter, r *http.Request) {
	ctx, span := tracer.Start(r.Context(), "PKG.GetFN", trace.WithSpanKind(trace.SpanKindServer))
	defer span.End()
	start := time.Now()
	id := r.URL.Query().Get("id")
	span.SetAttributes(attribute.String("item.kind", "kindFN"))
	item, err := s.loadFN(ctx, id)
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, "load failed")
		s.log.Error("load failed", zap.Error(err), zap.String("route", "/PKG/FN"))
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	s.requests.Add(ctx, 1, metric.WithAttributes(attribute.String("route", "/PKG/FN"), attribute.Int("status", http.StatusOK)))
	s.latency.Record(ctx, float64(time.Since(start).Milliseconds()))
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(item); err != nil {
		slog.ErrorContext(ctx, "encode failed", "err", err)
	}
}

// loadFN reads an item.
func (s *Server) loadFN(ctx context.Context, id string) (*model.Item, error) {
	ctx, span := tracer.Start(ctx, "PKG.loadFN")
	defer span.End()
	var it model.Item
	row := s.db.QueryRowContext(ctx, "SELECT id, name, price FROM items WHERE id = $1", id)
	if err := row.Scan(&it.ID, &it.Name, &it.Price); err != nil {
		if err == sql.ErrNoRows {
			return nil, fmt.Errorf("item %s: %w", id, err)
		}
		span.RecordError(err)
		span.SetStatus(codes.Error, err.Error())
		return nil, err
	}
	return &it, nil
}

// fetchFN calls a downstream service.
func (s *Server) fetchFN(ctx context.Context, url string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// fanoutFN loads items concurrently.
func (s *Server) fanoutFN(ctx context.Context, ids []string) []*model.Item {
	out := make([]*model.Item, len(ids))
	var wg sync.WaitGroup
	for i, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			it, err := s.loadFN(ctx, id)
			if err != nil {
				s.log.Warn("fanout load", zap.String("id", id), zap.Error(err))
				return
			}
			out[i] = it
		}()
	}
	wg.Wait()
	return out
}

`,
	"repo": `// OrderFN reads an order and its items.
func (r *Repo) OrderFN(ctx context.Context, id string) (*model.Order, error) {
	ctx, span := tracer.Start(ctx, "PKG.OrderFN", trace.WithAttributes(attribute.String("db.system", "postgresql")))
	defer span.End()
	var o model.Order
	err := r.db.QueryRowContext(ctx, "SELECT id, user_id, total FROM orders WHERE id = $1", id).Scan(&o.ID, &o.UserID, &o.Total)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("order %s not found", id)
	}
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, "query order")
		return nil, err
	}
	rows, err := r.db.QueryContext(ctx, "SELECT id, name, price FROM order_items WHERE order_id = $1", id)
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, "query items")
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var it model.Item
		if err := rows.Scan(&it.ID, &it.Name, &it.Price); err != nil {
			return nil, err
		}
		o.Items = append(o.Items, it)
	}
	span.SetAttributes(attribute.Int("order.items", len(o.Items)))
	return &o, rows.Err()
}

// SaveFN writes an order in a transaction.
func (r *Repo) SaveFN(ctx context.Context, o *model.Order) error {
	ctx, span := tracer.Start(ctx, "PKG.SaveFN")
	defer span.End()
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, "begin")
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "INSERT INTO orders (id, user_id, total) VALUES ($1, $2, $3)", o.ID, o.UserID, o.Total); err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, "insert")
		return err
	}
	return tx.Commit()
}

`,
	"worker": `// RunFN drains the queue on every tick until ctx is done.
func (w *Worker) RunFN(ctx context.Context, every time.Duration) {
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			w.drainFN(ctx)
		}
	}
}

func (w *Worker) drainFN(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "PKG.drainFN")
	defer span.End()
	w.mu.Lock()
	batch := w.queue
	w.queue = nil
	w.mu.Unlock()
	span.SetAttributes(attribute.Int("batch.size", len(batch)))
	var wg sync.WaitGroup
	for _, ev := range batch {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.handleFN(ctx, ev)
		}()
	}
	wg.Wait()
	w.backlog.Add(ctx, -int64(len(batch)), metric.WithAttributes(attribute.String("queue", "qFN")))
}

func (w *Worker) handleFN(ctx context.Context, ev model.Event) {
	_, span := tracer.Start(ctx, "PKG.handleFN")
	defer span.End()
	if len(ev.Body) == 0 {
		processed.WithLabelValues("qFN", "empty").Inc()
		w.log.WithContext(ctx).WithField("key", ev.Key).Warn("empty event")
		return
	}
	processed.WithLabelValues("qFN", "ok").Inc()
}

`,
	"client": `// GetFN fetches one resource.
func (c *Client) GetFN(ctx context.Context, id string) ([]byte, error) {
	ctx, span := tracer.Start(ctx, "PKG.GetFN")
	defer span.End()
	span.SetAttributes(attribute.String("peer.service", "PKG"))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/items/%s", c.base, id), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, "request failed")
		c.log.Error().Err(err).Str("id", id).Msg("get failed")
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		span.SetStatus(codes.Error, resp.Status)
		return nil, fmt.Errorf("get %s: %s", id, resp.Status)
	}
	return io.ReadAll(resp.Body)
}

`,
	"consumer": `// HandleFN processes one event, continuing the producer's trace.
func (c *Consumer) HandleFN(ctx context.Context, ev model.Event) error {
	ctx = otel.GetTextMapPropagator().Extract(ctx, propagation.MapCarrier(ev.Headers))
	ctx, span := tracer.Start(ctx, "PKG.HandleFN", trace.WithSpanKind(trace.SpanKindConsumer))
	defer span.End()
	var o model.Order
	if err := json.Unmarshal(ev.Body, &o); err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, "decode")
		c.log.ErrorContext(ctx, "decode failed", slog.String("key", ev.Key), slog.Any("err", err))
		return err
	}
	c.consumed.Add(ctx, 1, metric.WithAttributes(attribute.String("topic", "tFN")))
	return nil
}

// ForwardFN publishes an event with the current trace context.
func (c *Consumer) ForwardFN(ctx context.Context, key string, body []byte) {
	headers := map[string]string{}
	otel.GetTextMapPropagator().Inject(ctx, propagation.MapCarrier(headers))
	c.out <- model.Event{Key: key, Headers: headers, Body: body}
}

`,
}

// The pitfalls: code a hurried engineer writes now and then.
const (
	pitfallHandler = `// handleSlowFN is a handler written in a hurry.
func (s *Server) handleSlowFN(w http.ResponseWriter, r *http.Request) {
	ctx, span := tracer.Start(context.Background(), "handle slow "+r.URL.Path)
	userID := r.Header.Get("X-User-ID")
	span.SetAttributes(attribute.String("user_id", userID))
	if userID == "" {
		http.Error(w, "no user", http.StatusUnauthorized)
		return
	}
	s.requests.Add(ctx, 1, metric.WithAttributes(attribute.String("user_id", userID)))
	s.log.Info("slow request", zap.String("email", r.Header.Get("X-Email")))
	span.End()
}

`
	pitfallWorker = `// kickFN handles an event in the background.
func (w *Worker) kickFN(ctx context.Context, ev model.Event) {
	go func() {
		w.handleFN(context.Background(), ev)
	}()
	w.log.Infof("kicked %s", ev.Key)
}

`
	pitfallRepo = `// CountFN counts orders; it creates its counter on every call.
func (r *Repo) CountFN(ctx context.Context) (int64, error) {
	c, _ := otel.Meter("MOD/svc/repo/PKG").Int64Counter("PKG.count_calls")
	c.Add(ctx, 1)
	var n int64
	err := r.db.QueryRowContext(ctx, "SELECT count(*) FROM orders").Scan(&n)
	return n, err
}

`
)

// uses holds per-file trailing code; none of the kinds needs any yet.
var uses = map[string]string{}
