package edgecases

import (
	"context"
	"time"
)

func processTask(ctx context.Context) {}

// 2. Scheduled tasks: a fresh root each tick breaks the trace.
func scheduleBad(rootCtx context.Context) {
	ticker := time.NewTicker(5 * time.Second)
	defer ticker.Stop()
	for range ticker.C {
		ctx := context.Background() // want `context.Background\(\) makes a new root context on each tick although rootCtx is available; derive the tick's context from rootCtx`
		processTask(ctx)
	}
}

// Derive a context with timeout from the root context.
func scheduleGood(rootCtx context.Context) {
	ticker := time.NewTicker(5 * time.Second)
	defer ticker.Stop()
	for range ticker.C {
		taskCtx, cancel := context.WithTimeout(rootCtx, 30*time.Second)
		processTask(taskCtx)
		cancel()
	}
}

func selectBad(ctx context.Context, t *time.Ticker) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			processTask(context.TODO()) // want `context.TODO\(\) makes a new root context on each tick`
		}
	}
}

func selectGood(ctx context.Context, t *time.Ticker) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			processTask(ctx)
		}
	}
}

// A scheduler with no context of its own is the root: nothing to report.
func scheduleRoot() {
	for range time.Tick(time.Minute) {
		processTask(context.Background())
	}
}
