// Package detached shows work detached from the request on purpose: a
// component's context kept in a field, set-up code that takes a context,
// shutdown hooks. None of it belongs to a request's trace.
package detached

import (
	"context"
	"time"
)

func migrate(ctx context.Context) error { return nil }

func query(ctx context.Context) error { return nil }

// Store keeps a context for its own lifetime.
type Store struct {
	ctx    context.Context
	cancel context.CancelFunc
}

// The component's context, created when it is reset and kept in a field.
func (s *Store) reset(ctx context.Context) error {
	s.ctx, s.cancel = context.WithCancel(context.Background())
	return query(ctx)
}

// A fresh context used for the caller's own query is a dropped trace.
func (s *Store) lookup(ctx context.Context) error {
	qctx, cancel := context.WithCancel(context.Background()) // want `context.Background\(\) drops the trace of ctx`
	defer cancel()
	return query(qctx)
}

// Init is one-shot start-up code that takes a context.
func (s *Store) Init(ctx context.Context, migrations bool) error {
	if migrations {
		return migrate(context.Background())
	}
	return nil
}

// Reload runs per request: not set-up code.
func (s *Store) Reload(ctx context.Context) error {
	return migrate(context.Background()) // want `context.Background\(\) drops the trace of ctx`
}

// openPools is called only from set-up code: it is set-up code too.
func openPools(ctx context.Context) error {
	initCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	return query(initCtx)
}

// NewStore builds the component.
func NewStore(ctx context.Context) (*Store, error) {
	if err := openPools(ctx); err != nil {
		return nil, err
	}
	return &Store{}, nil
}

// Hook is a lifecycle hook of a dependency-injection framework.
type Hook struct {
	OnStart func(context.Context) error
	OnStop  func(context.Context) error
}

type provider struct{}

func (provider) Shutdown(ctx context.Context) error { return nil }

// A stop hook bounds the shutdown with a timeout of its own.
var hooks = Hook{
	OnStop: func(ctx context.Context) error {
		sctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		return provider{}.Shutdown(sctx)
	},
}

// Run serves until ctx is done, then shuts down with a fresh deadline.
func (s *Store) Run(ctx context.Context) error {
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = provider{}.Shutdown(sctx)
	}()
	return query(ctx)
}
