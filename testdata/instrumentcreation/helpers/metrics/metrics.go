// Package metrics holds helpers that create instruments; the facts about
// them reach the packages that call them.
package metrics

import (
	"sync"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

var meter = otel.Meter("otellint.test/helpers")

// Counter creates a counter on every call.
func Counter(name string) metric.Int64Counter { // want Counter:"creates instrument Int64Counter"
	c, _ := meter.Int64Counter(name)
	return c
}

// Timer creates through Counter: the fact travels up.
func Timer(name string) metric.Int64Counter { // want Timer:"creates instrument Int64Counter"
	return Counter(name + ".timer")
}

// Provider creates a tracer provider on every call.
func Provider() *sdktrace.TracerProvider { // want Provider:"creates tracer provider NewTracerProvider"
	return sdktrace.NewTracerProvider()
}

// Cached creates once and caches: no fact.
func Cached(name string) metric.Int64Counter {
	mu.Lock()
	defer mu.Unlock()
	if c, ok := cache[name]; ok {
		return c
	}
	c, _ := meter.Int64Counter(name)
	cache[name] = c
	return c
}

var (
	mu    sync.Mutex
	cache = map[string]metric.Int64Counter{}
)

// Once creates in a sync.OnceValue: no fact.
var Once = sync.OnceValue(func() metric.Int64Counter {
	c, _ := meter.Int64Counter("once")
	return c
})

// Shared returns a package-level counter: no fact.
func Shared() metric.Int64Counter { return shared }

var shared, _ = meter.Int64Counter("shared")

// NewCounters is a set-up helper.
func NewCounters(prefix string) []metric.Int64Counter { // want NewCounters:"creates instrument Int64Counter"
	in, _ := meter.Int64Counter(prefix + ".in")
	out, _ := meter.Int64Counter(prefix + ".out")
	return []metric.Int64Counter{in, out}
}

// Of is a generic helper.
func Of[T any](name string) metric.Int64Counter { // want Of:"creates instrument Int64Counter"
	c, _ := meter.Int64Counter(name)
	return c
}
