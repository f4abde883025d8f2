// Package goroutines shows the article's cross-goroutine propagation: a
// goroutine or callback that starts from context.Background() breaks the
// trace; one given the caller's context keeps it.
package goroutines

import (
	"context"
	"sync"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("goroutines")

func work(ctx context.Context) {}

// Wrong: context not passed.
func asyncBad(ctx context.Context) {
	go func() {
		_, span := tracer.Start(context.Background(), "async.task") // want `context.Background\(\) in a goroutine or callback that outlives the caller starts a new trace although ctx is available; pass context.WithoutCancel\(ctx\) to keep the trace without the cancellation`
		defer span.End()
	}()
}

// Correct: explicitly pass context.
func asyncGood(ctx context.Context) {
	go func(ctx context.Context) {
		_, span := tracer.Start(ctx, "async.task")
		defer span.End()
	}(ctx)
}

// Correct: detached from the request's cancellation, but not from its trace.
func asyncDetached(ctx context.Context) {
	go func() {
		work(context.WithoutCancel(ctx))
	}()
}

// The argument of a go statement is used after the caller returns.
func goArgBad(ctx context.Context) {
	go work(context.TODO()) // want `context.TODO\(\) in a goroutine .* pass context.WithoutCancel\(ctx\)`
}

func goArgGood(ctx context.Context) {
	go work(ctx)
}

// A timeout for background work, rooted in a fresh context.
func timeoutBad(ctx context.Context) {
	go func() {
		tctx, cancel := context.WithTimeout(context.Background(), time.Second) // want `context.Background\(\) in a goroutine`
		defer cancel()
		work(tctx)
	}()
}

func timeoutGood(ctx context.Context) {
	go func() {
		tctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer cancel()
		work(tctx)
	}()
}

// A timer callback outlives the caller too.
func afterBad(ctx context.Context) {
	time.AfterFunc(time.Second, func() {
		work(context.Background()) // want `context.Background\(\) in a goroutine or callback`
	})
}

// A closure that is returned outlives the call that made it.
func laterBad(ctx context.Context) func() {
	return func() {
		work(context.Background()) // want `in a goroutine or callback that outlives the caller`
	}
}

// A closure called while the caller waits gets the caller's context itself.
func syncClosureBad(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Add(1)
	run := func() {
		defer wg.Done()
		work(context.Background()) // want `context.Background\(\) drops the trace of ctx, which is available here; pass ctx \(or context.WithoutCancel\(ctx\) to outlive its cancellation\)`
	}
	run()
	wg.Wait()
}

func syncClosureGood(ctx context.Context) {
	run := func() { work(ctx) }
	run()
}

// Every goroutine creates its own span from the parent's context.
func childrenGood(ctx context.Context) {
	ctx, parent := tracer.Start(ctx, "parent")
	defer parent.End()
	go func(ctx context.Context) {
		_, child := tracer.Start(ctx, "child1")
		defer child.End()
	}(ctx)
}

// A goroutine with its own context parameter uses that one.
func ownParamBad(ctx context.Context) {
	go func(inner context.Context) {
		_, span := tracer.Start(context.Background(), "child") // want `pass inner`
		defer span.End()
	}(ctx)
}

// The span context of the parent carried onto a detached root on purpose.
func linkedGood(ctx context.Context) {
	sc := trace.SpanContextFromContext(ctx)
	go func() {
		work(trace.ContextWithSpanContext(context.Background(), sc))
	}()
}

// No context in scope: nothing to propagate.
func noCtx() {
	go func() {
		work(context.Background())
	}()
}

func cleanup(ctx context.Context) {}

// A deferred call may run after the caller's context is cancelled.
func deferBad(ctx context.Context) {
	defer func() {
		cleanup(context.Background()) // want `context.Background\(\) in a deferred call drops the trace of ctx; pass context.WithoutCancel\(ctx\) to keep the trace without the cancellation`
	}()
	defer cleanup(context.TODO()) // want `context.TODO\(\) in a deferred call`
}

func deferGood(ctx context.Context) {
	defer cleanup(context.WithoutCancel(ctx))
}

// A deadline of its own, on purpose: keep it, and keep the trace.
func deadlineBad(ctx context.Context) {
	fctx, cancel := context.WithTimeout(context.Background(), time.Second) // want `context.Background\(\) as the parent of a new deadline drops the trace of ctx; derive the deadline from context.WithoutCancel\(ctx\) to keep the trace without the caller's cancellation`
	defer cancel()
	work(fctx)
}

func deadlineGood(ctx context.Context) {
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
	defer cancel()
	work(fctx)
}

// A component started with a context runs its background loop in traces
// of its own, not in the trace of the start-up call.
type Server struct{}

func (s *Server) loop(ctx context.Context) {}

func (s *Server) Start(ctx context.Context) error {
	go s.loop(context.Background())
	return nil
}

func NewServer(ctx context.Context) *Server {
	s := &Server{}
	go func() { s.loop(context.Background()) }()
	return s
}

// A request handler's goroutine is not set-up code.
func (s *Server) handle(ctx context.Context) {
	go s.loop(context.Background()) // want `context.Background\(\) in a goroutine`
}
