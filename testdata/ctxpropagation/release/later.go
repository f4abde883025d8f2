package release

import "context"

// A Process reports its exit on a channel.
type Process interface {
	Wait(ctx context.Context) (<-chan int, error)
	Output(ctx context.Context) ([]byte, error)
}

// Waiting for the exit with a fresh context, so that the status is still
// delivered when ctx is cancelled, bounds a wait and carries no trace; the
// output read with one is read outside the caller's trace.
func exitOutput(ctx context.Context, p Process) ([]byte, error) {
	statusCh, err := p.Wait(context.Background())
	if err != nil {
		return nil, err
	}
	out, err := p.Output(context.Background()) // want `context.Background\(\) drops the trace of ctx`
	<-statusCh
	return out, err
}

// Options hold callbacks that a resolver calls later, in its own work.
type Options struct {
	Credentials func(host string) (string, error)
}

func lookup(ctx context.Context, host string) (string, error) {
	work(ctx)
	return host, nil
}

// A callback without a context parameter, stored for the resolver to call
// later, has no context of its own to keep; one given its own context,
// and a goroutine, run with a request's.
func withCredentials(ctx context.Context, opts *Options) {
	opts.Credentials = func(host string) (string, error) {
		return lookup(context.Background(), host)
	}
	_ = Options{Credentials: func(host string) (string, error) {
		return lookup(context.TODO(), host)
	}}
	go func() {
		_, _ = lookup(context.Background(), "x") // want `context.Background\(\) in a goroutine`
	}()
}
