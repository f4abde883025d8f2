package release

import "context"

// A State is built now and resolved later, when its callback is given
// the context of the request that marshals it.
type State struct {
	resolve func(ctx context.Context) error
}

func resolveImage(ctx context.Context, ref string) error {
	work(ctx)
	return nil
}

// NewState is set-up code, but the callback it makes runs with its own
// context: a fresh root there drops that request's trace.
func NewState(ref string) *State {
	return &State{resolve: func(ctx context.Context) error {
		return resolveImage(context.TODO(), ref) // want `context.TODO\(\) drops the trace of ctx`
	}}
}

// NewWarmState warms the cache once at set-up: its own context is the
// component's, not a request's.
func NewWarmState(ctx context.Context, ref string) *State {
	_ = resolveImage(context.Background(), ref)
	return &State{}
}
