// Package joined holds goroutines that their function waits for: they
// live within the caller's call, so the caller's context fits them.
package joined

import (
	"context"
	"sync"
)

func fetch(ctx context.Context, id int) error { return ctx.Err() }

// Fan-out joined by wg.Wait: the goroutines end before the function
// returns, so the caller's ctx is the one to pass, not WithoutCancel.
func fanOut(ctx context.Context, ids []int) {
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fetch(context.Background(), id) // want `context.Background\(\) drops the trace of ctx, which is available here; pass ctx \(or context.WithoutCancel\(ctx\) to outlive its cancellation\)`
		}()
	}
	wg.Wait()
}

// Twin: the same goroutine without a wait outlives the call.
func fireAndForget(ctx context.Context, ids []int) {
	for _, id := range ids {
		go func() {
			fetch(context.Background(), id) // want `in a goroutine or callback that outlives the caller`
		}()
	}
}

// A wait before the go statement does not join it.
func waitFirst(ctx context.Context, wg *sync.WaitGroup) {
	wg.Wait()
	go func() {
		fetch(context.Background(), 1) // want `in a goroutine or callback that outlives the caller`
	}()
}
