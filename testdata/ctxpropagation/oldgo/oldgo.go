// Package oldgo is a file written for Go 1.20, before context.WithoutCancel:
// a goroutine is still reported, with no fix.
package oldgo

import "context"

func work(ctx context.Context) {}

func async(ctx context.Context) {
	go func() {
		work(context.Background()) // want `context.Background\(\) in a goroutine or callback that outlives the caller starts a new trace although ctx is available; pass ctx to keep the trace$`
	}()
}

func sync(ctx context.Context) {
	work(context.Background()) // want `context.Background\(\) drops the trace of ctx, which is available here; pass ctx$`
}
