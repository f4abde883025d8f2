// Package worker runs periodic jobs in the background.
package worker

import (
	"context"
	"log"
	"sync"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("shop/worker")

// Job is one unit of background work.
type Job func(ctx context.Context) error

// Run runs job every interval until ctx is done. Each tick derives its
// context from ctx, so ticks are traced and cancelled with the worker.
func Run(ctx context.Context, interval time.Duration, job Job) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			tickCtx, cancel := context.WithTimeout(ctx, interval)
			runOnce(tickCtx, job)
			cancel()
		}
	}
}

func runOnce(ctx context.Context, job Job) {
	ctx, span := tracer.Start(ctx, "Worker.RunJob")
	defer span.End()
	if err := job(ctx); err != nil {
		span.SetStatus(codes.Error, "job failed")
	}
}

// LegacyRun starts every tick from a fresh root context, so the ticks
// neither join the worker's trace nor stop when it is cancelled.
func LegacyRun(ctx context.Context, interval time.Duration, job Job) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for range ticker.C {
		tickCtx := context.Background() // finding: ctxpropagation/background-with-ctx
		if err := job(tickCtx); err != nil {
			log.Printf("job failed: %v", err) // finding: rawlogging/raw-print
		}
		if ctx.Err() != nil {
			return
		}
	}
}

// FanOut runs jobs in parallel goroutines, each under its own child span
// of the caller's trace.
func FanOut(ctx context.Context, jobs []Job) {
	ctx, parent := tracer.Start(ctx, "Worker.FanOut")
	defer parent.End()
	var wg sync.WaitGroup
	for _, job := range jobs {
		wg.Add(1)
		go func(ctx context.Context) {
			defer wg.Done()
			ctx, span := tracer.Start(ctx, "Worker.Job")
			defer span.End()
			if err := job(ctx); err != nil {
				span.SetStatus(codes.Error, "job failed")
			}
		}(ctx)
	}
	wg.Wait()
}

// Annotate marks the caller's span; it did not start it, so it must not
// end it.
func Annotate(ctx context.Context) {
	span := trace.SpanFromContext(ctx)
	span.AddEvent("worker.annotated")
	span.End() // finding: spanend/foreign-end
}
