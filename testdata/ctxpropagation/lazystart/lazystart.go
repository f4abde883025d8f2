// Package lazystart starts its engine lazily, from the callback of the
// first connection: the engine's context bounds the engine, which must
// outlive that connection, so it is a fresh one.
package lazystart

import (
	"context"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("lazystart")

// Engine runs work items for as long as the process runs.
type Engine struct{}

// Start starts the engine's workers; ctx bounds their lifetime.
func (e *Engine) Start(ctx context.Context) error {
	if err := e.register(ctx); err != nil {
		return err
	}
	go e.loop(ctx)
	return nil
}

func (e *Engine) register(ctx context.Context) error {
	_, span := tracer.Start(ctx, "register")
	defer span.End()
	return nil
}

func (e *Engine) loop(ctx context.Context) {
	<-ctx.Done()
}

// Process handles one work item for the caller.
func (e *Engine) Process(ctx context.Context, item string) error {
	_, span := tracer.Start(ctx, "process")
	defer span.End()
	return nil
}

// Server accepts the connections of workers.
type Server struct{ engine *Engine }

// OnConnect is called for each new connection: the first one starts the
// engine, which runs on after the connection closes.
func (s *Server) OnConnect(ctx context.Context, conn string) error {
	if err := s.engine.Start(context.Background()); err != nil {
		return err
	}
	return s.engine.Process(context.Background(), conn) // want `context.Background\(\) drops the trace of ctx`
}
