// Package contextflow exercises the tables of what APIs do with a
// context: each call whose line ends with a "role:" comment plays that
// role ("none": no role); each selector on a line with a "field:" comment
// is, or is not, the recognised field.
package contextflow

import (
	"context"
	"database/sql"
	"errors"
	"net"
	"os/exec"
	"time"

	"github.com/google/cel-go/cel"
	"github.com/opentracing/opentracing-go"
	"go.opentelemetry.io/otel/baggage"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// embedded reaches Done through an embedded context.Context.
type embedded struct{ context.Context }

// narrowed embeds the interface in one of its own.
type narrowed interface {
	context.Context
	Name() string
}

// closer has a Done method of its own: not a context's.
type closer struct{}

func (closer) Done() <-chan struct{} { return nil }

func roles(ctx context.Context, e embedded, n narrowed, cl closer, db *sql.DB, sc trace.SpanContext, span trace.Span) {
	_ = trace.SpanFromContext(ctx)                                         // role: lookup
	_ = trace.SpanContextFromContext(ctx)                                  // role: lookup
	_ = baggage.FromContext(ctx)                                           // role: lookup
	_ = trace.ContextWithSpan(ctx, span)                                   // role: linker
	_ = trace.ContextWithSpanContext(ctx, sc)                              // role: linker
	_ = trace.ContextWithRemoteSpanContext(ctx, sc)                        // role: linker
	_ = opentracing.ContextWithSpan(ctx, opentracing.SpanFromContext(ctx)) // role: linker
	_ = baggage.ContextWithBaggage(ctx, baggage.Baggage{})

	c1, cancel1 := context.WithTimeout(ctx, time.Second)                             // role: deadline
	c2, cancel2 := context.WithTimeoutCause(ctx, time.Second, errors.ErrUnsupported) // role: deadline
	c3, cancel3 := context.WithDeadline(ctx, time.Now())                             // role: deadline
	c4, cancel4 := context.WithDeadlineCause(ctx, time.Now(), errors.ErrUnsupported) // role: deadline
	c5, cancel5 := context.WithCancel(ctx)                                           // role: none
	defer cancel1()
	defer cancel2()
	defer cancel3()
	defer cancel4()
	defer cancel5()
	_, _, _, _, _ = c1, c2, c3, c4, c5

	<-ctx.Done()        // role: done
	<-e.Done()          // role: done
	<-n.Done()          // role: done
	_ = ctx.Err()       // role: done
	_, _ = e.Deadline() // role: done
	_ = ctx.Value(nil)  // role: none
	<-cl.Done()         // role: none

	_, _ = db.BeginTx(ctx, nil) // role: begintx
	_, _ = db.Begin()           // role: none

	stop := context.AfterFunc(ctx, func() {}) // role: waiter
	defer stop()
	_ = context.Cause(ctx)               // role: waiter
	_ = exec.CommandContext(ctx, "true") // role: waiter
	_ = exec.Command("true")             // role: none
	var lc net.ListenConfig
	_, _ = lc.Listen(ctx, "tcp", ":0")       // role: waiter
	_, _ = lc.ListenPacket(ctx, "udp", ":0") // role: waiter
	var exp sdktrace.SpanExporter
	_ = exp.Shutdown(ctx) // role: waiter
	var prg cel.Program
	_, _, _ = prg.ContextEval(ctx, nil) // role: waiter
	_, _, _ = prg.Eval(nil)             // role: none
	link := trace.LinkFromContext(ctx)  // role: link
	_ = trace.WithLinks(link)           // role: link
	span.AddLink(link)                  // role: link
	_ = trace.WithAttributes()          // role: none
}

// ticking embeds a ticker: its C is the ticker's.
type ticking struct{ *time.Ticker }

// own has a channel called C of its own.
type own struct{ C <-chan time.Time }

func fields(t *time.Ticker, tk ticking, o own, tm *time.Timer) {
	<-t.C  // field: ticker
	<-tk.C // field: ticker
	<-o.C  // field: none
	<-tm.C // field: none
}
