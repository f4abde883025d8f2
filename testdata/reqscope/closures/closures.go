// Package closures shows how a function literal is classified by where it
// is passed.
package closures

import (
	"context"
	"net/http"
	"sync"

	"github.com/urfave/cli/v2"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

func probe() {}

type Message struct{ Body []byte }

type Broker struct{}

func (b *Broker) Subscribe(topic string, f func(*Message) error) {}
func (b *Broker) OnShutdown(f func())                            {}

type Context struct{ context.Context }

func (c *Context) JSON(code int, v any) {}

type Router struct{}

func (r *Router) GET(path string, f func(*Context)) {}

var (
	once    sync.Once
	counter metric.Int64Counter
)

func Routes(ctx context.Context, mux *http.ServeMux, b *Broker, r *Router) {
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		probe() // want `request-scoped: HTTP handler closure`
	})
	http.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		probe() // want `request-scoped: HTTP handler closure`
	})
	mux.Handle("/c", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		probe() // want `request-scoped: HTTP handler closure`
	}))
	b.Subscribe("orders", func(m *Message) error {
		probe() // want `request-scoped: message handler closure given to Subscribe`
		return nil
	})
	b.OnShutdown(func() {
		probe() // want `request-scoped: function Routes that takes a request context`
	})
	r.GET("/d", func(c *Context) {
		probe() // want `request-scoped: handler closure that takes a \*Context`
	})
	check := func(r *http.Request) bool {
		probe() // want `request-scoped: closure that takes an \*http.Request`
		return true
	}
	_ = check
}

func Set(ctx context.Context) {
	once.Do(func() {
		probe() // want `init: sync.Once closure`
	})
	get := sync.OnceValue(func() int {
		probe() // want `init: sync.Once closure`
		return 1
	})
	_ = get
	sync.OnceValues(func() (int, error) {
		probe() // want `init: sync.Once closure`
		return 1, nil
	})
	sync.OnceFunc(func() {
		probe() // want `init: sync.Once closure`
	})
}

// NewGauge registers a callback: it runs on every collection.
func NewGauge() {
	m := otel.Meter("closures")
	g, _ := m.Int64ObservableGauge("queue.depth", metric.WithInt64Callback(func(ctx context.Context, o metric.Int64Observer) error {
		probe() // want `request-scoped: metric callback`
		return nil
	}))
	m.RegisterCallback(func(ctx context.Context, o metric.Observer) error {
		probe() // want `request-scoped: metric callback`
		return nil
	}, g)
	defer func() {
		probe() // want `init: set-up function NewGauge`
	}()
}

var handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	probe() // want `request-scoped: HTTP handler closure`
})

// Ctx is named like a framework context but has none of context.Context's
// methods: not a request context.
type Ctx struct{ Name string }

// Session has context.Context's methods but is not named like a request
// context.
type Session struct{ context.Context }

func Wire(use func(func(*Ctx)), keep func(func(*Session))) {
	use(func(c *Ctx) {
		probe() // want `^neutral$`
	})
	keep(func(s *Session) {
		probe() // want `^neutral$`
	})
}

// A command-line action runs once per program run: its *cli.Context is
// not a request context, although it has the methods and the name.
func attach(app *cli.App) {
	app.Action = func(c *cli.Context) error {
		probe() // want `^neutral$`
		return nil
	}
}
