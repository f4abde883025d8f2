// Package release shows fresh contexts given to calls made for their
// effect alone on a cleanup path: a release or an undo that must run even
// when the caller's context is cancelled. Beside them, the same calls
// whose results are used, and the program's own work, stay reported.
package release

import (
	"context"
	"errors"
	"net"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// A Ref is a resource held by a cache.
type Ref interface {
	Release(ctx context.Context) error
	Size(ctx context.Context) (int64, error)
}

// A Store hands out refs.
type Store interface {
	Get(ctx context.Context, id string) (Ref, error)
}

func work(ctx context.Context) {
	_, span := otel.Tracer("release").Start(ctx, "work")
	span.End()
}

// Released in a deferred call, on an error path and at the end: the
// fresh context keeps the release from being cancelled.
func size(ctx context.Context, s Store, id string) (int64, error) {
	ref, err := s.Get(ctx, id)
	if err != nil {
		return 0, err
	}
	defer ref.Release(context.TODO())
	parent, err := s.Get(ctx, id+"-parent")
	if err != nil {
		return 0, err
	}
	n, err := parent.Size(ctx)
	if err != nil {
		parent.Release(context.TODO())
		return 0, err
	}
	parent.Release(context.Background())
	return n, nil
}

// A cleanup closure returns the release's error; a release function
// value and a release started in its own goroutine let go of resources too.
func cleanups(ctx context.Context, s Store, done func(context.Context) error) (func() error, error) {
	ref, err := s.Get(ctx, "x")
	if err != nil {
		return nil, err
	}
	defer done(context.TODO())
	go ref.Release(context.TODO())
	return func() error {
		return ref.Release(context.TODO())
	}, nil
}

// The same calls whose results are used: a ref fetched with a fresh root
// is fetched outside the caller's trace.
func fetchFresh(ctx context.Context, s Store) (int64, error) {
	ref, err := s.Get(context.TODO(), "x") // want `context.TODO\(\) drops the trace of ctx`
	if err != nil {
		return 0, err
	}
	return ref.Size(ctx)
}

// The program's own work through a package-level function stays reported,
// in a deferred call too.
func finish(ctx context.Context) {
	defer work(context.Background()) // want `context.Background\(\) in a deferred call drops the trace of ctx`
	work(context.Background())       // want `context.Background\(\) drops the trace of ctx`
}

// A method that starts work in a goroutine is not a release.
type Server struct{}

func (s *Server) loop(ctx context.Context) { work(ctx) }

func (s *Server) handle(ctx context.Context) {
	go s.loop(context.Background()) // want `context.Background\(\) in a goroutine`
}

// A tracer provider's Shutdown reads only the deadline of its context.
func stop(ctx context.Context, tp *sdktrace.TracerProvider) error {
	return tp.Shutdown(context.TODO())
}

// A listener's context bounds only the listen, and a connection dialled
// with a fresh context lives as long as the connection, not the call.
func listen(ctx context.Context, path string) (net.Listener, net.Conn, error) {
	var lc net.ListenConfig
	l, err := lc.Listen(context.TODO(), "unix", path)
	if err != nil {
		return nil, nil, err
	}
	var d net.Dialer
	conn, err := d.DialContext(context.TODO(), "unix", path)
	if err != nil {
		return nil, nil, errors.Join(err, l.Close())
	}
	return l, conn, nil
}

// check is a service's twin of the command line's check in package
// commands: here a fresh context drops the request's trace.
func check(ctx context.Context, name string) error {
	work(context.Background()) // want `context.Background\(\) drops the trace of ctx`
	return nil
}

// A Pipe is a resource that is closed later.
type Pipe struct{}

func (p *Pipe) Close() error { return nil }

func openPipe(ctx context.Context, path string) (*Pipe, error) {
	work(ctx)
	return &Pipe{}, nil
}

// A Result is a value, not a resource.
type Result struct{}

func resolve(ctx context.Context, path string) (*Result, error) {
	work(ctx)
	return &Result{}, nil
}

// A pipe opened with a fresh context lives as long as the connection it
// serves, not as long as the dial; a result resolved with one loses the
// trace.
func dial(ctx context.Context, path string) (*Pipe, *Result, error) {
	p, err := openPipe(context.Background(), path)
	if err != nil {
		return nil, nil, err
	}
	r, err := resolve(context.Background(), path) // want `context.Background\(\) drops the trace of ctx`
	return p, r, err
}
