// Package instruments creates metric instruments in request-scoped code,
// beside the set-up code that does it right.
package instruments

import (
	"context"
	"net/http"
	"sync"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

var meter = otel.Meter("otellint.test/instruments")

// Bad: every constructor in a handler.
func handleOrders(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	c1, _ := meter.Int64Counter("orders")                                       // want `instrument Int64Counter is created in request-scoped code \(HTTP handler handleOrders\): costs a lock and a lookup on every call; create it once at set-up`
	c2, _ := meter.Float64Counter("revenue")                                    // want `instrument Float64Counter is created`
	u1, _ := meter.Int64UpDownCounter("inflight")                               // want `instrument Int64UpDownCounter is created`
	u2, _ := meter.Float64UpDownCounter("balance")                              // want `instrument Float64UpDownCounter is created`
	h1, _ := meter.Int64Histogram("size")                                       // want `instrument Int64Histogram is created`
	h2, _ := meter.Float64Histogram("duration")                                 // want `instrument Float64Histogram is created`
	g1, _ := meter.Int64Gauge("queue")                                          // want `instrument Int64Gauge is created`
	g2, _ := meter.Float64Gauge("temperature")                                  // want `instrument Float64Gauge is created`
	o1, _ := meter.Int64ObservableCounter("o1")                                 // want `instrument Int64ObservableCounter is created`
	o2, _ := meter.Float64ObservableCounter("o2")                               // want `instrument Float64ObservableCounter is created`
	o3, _ := meter.Int64ObservableUpDownCounter("o3")                           // want `instrument Int64ObservableUpDownCounter is created`
	o4, _ := meter.Float64ObservableUpDownCounter("o4")                         // want `instrument Float64ObservableUpDownCounter is created`
	o5, _ := meter.Int64ObservableGauge("o5")                                   // want `instrument Int64ObservableGauge is created`
	o6, _ := meter.Float64ObservableGauge("o6")                                 // want `instrument Float64ObservableGauge is created`
	meter.RegisterCallback(func(ctx context.Context, o metric.Observer) error { // want `callback registration RegisterCallback happens in request-scoped code \(HTTP handler handleOrders\): the callbacks pile up`
		o.ObserveInt64(o5, 1)
		return nil
	}, o5)
	c1.Add(ctx, 1)
	c2.Add(ctx, 1)
	u1.Add(ctx, 1)
	u2.Add(ctx, 1)
	h1.Record(ctx, 1)
	h2.Record(ctx, 1)
	g1.Record(ctx, 1)
	g2.Record(ctx, 1)
	_, _, _, _, _ = o1, o2, o3, o4, o6
}

// Good: the same instruments created once, in a constructor that stores
// them in a struct.
type Server struct {
	orders   metric.Int64Counter
	duration metric.Float64Histogram
	queue    metric.Int64ObservableGauge
}

func NewServer(ctx context.Context, m metric.Meter) (*Server, error) { // want NewServer:"creates instrument Int64Counter"
	s := &Server{}
	var err error
	if s.orders, err = m.Int64Counter("orders"); err != nil {
		return nil, err
	}
	if s.duration, err = m.Float64Histogram("duration"); err != nil {
		return nil, err
	}
	if s.queue, err = m.Int64ObservableGauge("queue"); err != nil {
		return nil, err
	}
	_, err = m.RegisterCallback(func(ctx context.Context, o metric.Observer) error {
		o.ObserveInt64(s.queue, 3)
		return nil
	}, s.queue)
	return s, err
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.orders.Add(r.Context(), 1)
	s.duration.Record(r.Context(), 0.1)
}

// Bad: the same struct filled in the handler, on every request.
func (s *Server) handleRefill(w http.ResponseWriter, r *http.Request) {
	s.orders, _ = meter.Int64Counter("orders") // want `instrument Int64Counter is created in request-scoped code \(HTTP handler handleRefill\)`
}

// Good: newMetrics is a constructor by name and shape.
type metrics struct{ hits metric.Int64Counter }

func newMetrics(m metric.Meter) *metrics { // want newMetrics:"creates instrument Int64Counter"
	hits, _ := m.Int64Counter("hits")
	return &metrics{hits: hits}
}

// Good: package-level initialisers and init.
var (
	requests, _ = meter.Int64Counter("requests")
	latency     metric.Float64Histogram
)

func init() {
	latency, _ = meter.Float64Histogram("latency")
}

// Good: sync.Once and sync.OnceValue(s) closures run once.
var (
	errorsOnce sync.Once
	errorsCtr  metric.Int64Counter
	getBytes   = sync.OnceValue(func() metric.Int64Counter {
		c, _ := meter.Int64Counter("bytes")
		return c
	})
	getRetries = sync.OnceValues(func() (metric.Int64Counter, error) {
		return meter.Int64Counter("retries")
	})
)

func handleErrors(w http.ResponseWriter, r *http.Request) {
	errorsOnce.Do(func() {
		errorsCtr, _ = meter.Int64Counter("errors")
	})
	errorsCtr.Add(r.Context(), 1)
	getBytes().Add(r.Context(), 1)
	c, _ := getRetries()
	c.Add(r.Context(), 1)
	requests.Add(r.Context(), 1)
	latency.Record(r.Context(), 1)
}

// Good: a lazily initialised package variable guarded by a nil check plus
// once.
var (
	lazyOnce    sync.Once
	lazyCounter metric.Int64Counter
)

func lazy() metric.Int64Counter {
	if lazyCounter == nil {
		lazyOnce.Do(func() {
			lazyCounter, _ = meter.Int64Counter("lazy")
		})
	}
	return lazyCounter
}

func handleLazy(w http.ResponseWriter, r *http.Request) {
	lazy().Add(r.Context(), 1)
}

// Good: a cache guarded by a nil check under a mutex, or by a map lookup.
type cache struct {
	mu      sync.Mutex
	counter metric.Int64Counter
	byRoute map[string]metric.Int64Counter
}

func (c *cache) count(ctx context.Context) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.counter == nil {
		c.counter, _ = meter.Int64Counter("cached")
	}
	c.counter.Add(ctx, 1)
}

func (c *cache) route(ctx context.Context, route string) metric.Int64Counter {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ctr, ok := c.byRoute[route]; ok {
		return ctr
	}
	ctr, _ := meter.Int64Counter("route." + route)
	c.byRoute[route] = ctr
	return ctr
}

// Bad: an error check is no cache test.
func handleParse(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		return
	}
	c, _ := meter.Int64Counter("parsed") // want `instrument Int64Counter is created in request-scoped code \(HTTP handler handleParse\)`
	c.Add(r.Context(), 1)
}

// Bad: an RPC method, a message consumer and a ctx-taking function.
type OrderRequest struct{ ID string }
type OrderReply struct{}

func (s *Server) PlaceOrder(ctx context.Context, req *OrderRequest) (*OrderReply, error) {
	c, _ := meter.Int64Counter("placed") // want `instrument Int64Counter is created in request-scoped code \(RPC method PlaceOrder\)`
	c.Add(ctx, 1)
	return &OrderReply{}, nil
}

type Message struct{ Body []byte }

func HandleOrderPlaced(ctx context.Context, msg *Message) error {
	c, _ := meter.Int64Counter("consumed") // want `instrument Int64Counter is created in request-scoped code \(message handler HandleOrderPlaced\)`
	c.Add(ctx, 1)
	return nil
}

func charge(ctx context.Context, amount int64) {
	c, _ := meter.Int64Counter("charged") // want `instrument Int64Counter is created in request-scoped code \(function charge that takes a request context\)`
	c.Add(ctx, amount)
}

// Good: set-up code that takes a context.
func Setup(ctx context.Context) error { // want Setup:"creates instrument Int64Counter"
	_, err := meter.Int64Counter("setup")
	return err
}

// Routes registers closures as handlers: those run per request.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/x", func(w http.ResponseWriter, r *http.Request) {
		c, _ := meter.Int64Counter("x") // want `instrument Int64Counter is created in request-scoped code \(HTTP handler closure\)`
		c.Add(r.Context(), 1)
	})
	mux.HandleFunc("/orders", handleOrders)
	mux.HandleFunc("/errors", handleErrors)
	mux.HandleFunc("/lazy", handleLazy)
	mux.HandleFunc("/parse", handleParse)
}

// The directive silences one finding.
func handleIgnored(w http.ResponseWriter, r *http.Request) {
	//otellint:ignore instrumentcreation the experiment handler runs once per deploy
	c, _ := meter.Int64Counter("experiment")
	c.Add(r.Context(), 1)
}

// Good: a callback registered for the duration of one call.
func handleSnapshot(w http.ResponseWriter, r *http.Request) {
	reg, err := meter.RegisterCallback(func(ctx context.Context, o metric.Observer) error {
		return nil
	})
	if err != nil {
		return
	}
	defer reg.Unregister()
}

// Bad: the registration is dropped.
func handleSnapshotLeak(w http.ResponseWriter, r *http.Request) {
	reg, _ := meter.RegisterCallback(func(ctx context.Context, o metric.Observer) error { // want `callback registration RegisterCallback happens in request-scoped code`
		return nil
	})
	_ = reg
}
