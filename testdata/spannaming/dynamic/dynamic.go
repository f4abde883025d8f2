// Package dynamic shows span names built at run time, and names chosen
// from a closed set of constants.
package dynamic

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/google/uuid"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("otellint.test/spannaming/dynamic")

func getOrder(ctx context.Context, id string) {
	_, s1 := tracer.Start(ctx, fmt.Sprintf("GET /orders/%s", id)) // want `span name is built at run time from id, so every value makes a new span name; use a constant name and record id as a span attribute`
	s1.End()
	_, s2 := tracer.Start(ctx, "Order."+id) // want `span name is built at run time from id`
	s2.End()
	// Negative twin: the constant name, with the id as an attribute.
	_, s3 := tracer.Start(ctx, "OrderService.GetOrder")
	s3.End()
	_, s4 := tracer.Start(ctx, fmt.Sprintf("%s.%s", "OrderService", "GetOrder"))
	s4.End()
}

func handler(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	path := r.URL.Path
	_, s1 := tracer.Start(ctx, path) // want `span name is built at run time from r.URL.Path`
	s1.End()
	_, s2 := tracer.Start(ctx, r.RequestURI) // want `span name is built at run time from r.RequestURI`
	s2.End()
	_, s3 := tracer.Start(ctx, r.URL.String()) // want `span name is built at run time from r.URL.String\(\)`
	s3.End()
	_, s4 := tracer.Start(ctx, "HTTP "+r.Method+" "+r.URL.Path) // want `span name is built at run time from r.URL.Path`
	s4.End()
	// Negative twins: the method and the route pattern are bounded.
	_, s5 := tracer.Start(ctx, "HTTP "+r.Method)
	s5.End()
	_, s6 := tracer.Start(ctx, r.Method+" "+r.Pattern)
	s6.End()
}

func ids(ctx context.Context, n int) {
	_, s1 := tracer.Start(ctx, "Job."+uuid.NewString()) // want `span name is built at run time from uuid.NewString\(\)`
	s1.End()
	_, s2 := tracer.Start(ctx, "Batch."+time.Now().String()) // want `built at run time from time.Now\(\).String\(\)`
	s2.End()
	_, s3 := tracer.Start(ctx, fmt.Sprintf("Shard.%d", n)) // want `built at run time from n`
	s3.End()
	_, s4 := tracer.Start(ctx, "Shard."+strconv.Itoa(n)) // want `built at run time from strconv.Itoa\(n\)`
	s4.End()
	name := fmt.Sprintf("Worker.%d", n)
	_, s5 := tracer.Start(ctx, name) // want `built at run time from n`
	s5.End()
}

// Op is an enumerated operation.
type Op string

const (
	OpGet Op = "Get"
	OpPut Op = "Put"
)

var opNames = map[Op]string{OpGet: "Store.Get", OpPut: "Store.Put"}

// Names chosen from a closed set of constants are not dynamic.
func closedSet(ctx context.Context, op Op, fast bool) {
	var name string
	switch op {
	case OpGet:
		name = "Store.Get"
	case OpPut:
		name = "Store.Put"
	}
	_, s1 := tracer.Start(ctx, name)
	s1.End()
	_, s2 := tracer.Start(ctx, opNames[op])
	s2.End()
	_, s3 := tracer.Start(ctx, "Store."+string(op))
	s3.End()
	kind := "Store.Read"
	if fast {
		kind = "Store.FastRead"
	}
	_, s4 := tracer.Start(ctx, kind)
	s4.End()
	_, s5 := tracer.Start(ctx, map[bool]string{true: "Cache.Hit", false: "Cache.Miss"}[fast])
	s5.End()
	// A single constant assigned to a variable is checked like a constant.
	local := "store_get"
	_, s6 := tracer.Start(ctx, local) // want `span name "store_get" does not follow`
	s6.End()
}

type config struct{ spanName string }

// A name read from a field or returned by a function may well be
// constant: it is not reported.
func unknown(ctx context.Context, c config, f func() string) {
	_, s1 := tracer.Start(ctx, c.spanName)
	s1.End()
	_, s2 := tracer.Start(ctx, f())
	s2.End()
}

// client calls a remote service at a configured address.
type client struct {
	base string // the service's base URL, set once
}

// fetch names its span from a configured field and a per-call id: the
// finding names the id, the part that changes with every call.
func (c *client) fetch(ctx context.Context, id string) {
	_, s1 := tracer.Start(ctx, c.base+"/orders/"+id) // want `span name is built at run time from id, so every value`
	s1.End()
}

// simulate is a load generator: a child span per iteration, named by the
// loop counter, makes as many names as the configured count.
func simulate(ctx context.Context, children int, ids []string) {
	for c := 0; c < children; c++ {
		_, s := tracer.Start(ctx, fmt.Sprintf("Child.%02d", c))
		s.End()
	}
	for c := range children {
		_, s := tracer.Start(ctx, fmt.Sprintf("Child.%02d", c))
		s.End()
	}
	// Positive twin: a value of the ranged slice is not a counter.
	for _, id := range ids {
		_, s := tracer.Start(ctx, fmt.Sprintf("Child.%s", id)) // want `span name is built at run time from id`
		s.End()
	}
}

// recorded names its span from a value it also records as an attribute:
// the message says so.
func recorded(ctx context.Context, kind, shard string) {
	name := "Check " + kind
	_, s1 := tracer.Start(ctx, name, trace.WithAttributes(attribute.String("check.kind", kind))) // want `span name is built at run time from kind, so every value makes a new span name; the span already records it as attribute "check.kind": use a constant name`
	s1.End()
	_, s2 := tracer.Start(ctx, "Check "+kind, trace.WithAttributes(attribute.Key("check.kind").String(kind))) // want `the span already records it as attribute "check.kind"`
	s2.End()
	// Another value recorded: the usual advice.
	_, s3 := tracer.Start(ctx, "Check "+kind, trace.WithAttributes(attribute.String("check.shard", shard))) // want `from kind, so every value makes a new span name; use a constant name and record kind as a span attribute`
	s3.End()
}
