package release

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// A group made from a fresh root whose context is dropped: only the
// group's Wait is used, and its goroutines use ctx.
func sizes(ctx context.Context, refs []Ref) error {
	eg, _ := errgroup.WithContext(context.TODO())
	for _, r := range refs {
		eg.Go(func() error {
			_, err := r.Size(ctx)
			return err
		})
	}
	return eg.Wait()
}

// The group's context is the one its goroutines use: the trace is lost.
func sizesFresh(ctx context.Context, refs []Ref) error {
	eg, gctx := errgroup.WithContext(context.TODO()) // want `context.TODO\(\) drops the trace of ctx`
	for _, r := range refs {
		eg.Go(func() error {
			_, err := r.Size(gctx)
			return err
		})
	}
	return eg.Wait()
}
