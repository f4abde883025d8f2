// Package runloop logs through slog from a component's run loop, from a
// function that starts a span, and from received requests.
package runloop

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"go.opentelemetry.io/otel"
)

type Syncer struct{ log *slog.Logger }

// Run is a component's loop: its ctx is the run context, with no span on
// the path.
func (s *Syncer) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Minute):
			s.sync(ctx)
		}
	}
}

func (s *Syncer) sync(ctx context.Context) {
	s.log.Info("syncing")
	if err := ctx.Err(); err != nil {
		s.log.Error("sync stopped", "err", err)
	}
}

// traced starts a span from its ctx: lines after it carry the trace.
func (s *Syncer) traced(ctx context.Context) {
	s.log.Info("before the span")
	ctx, span := otel.Tracer("sync").Start(ctx, "traced")
	defer span.End()
	s.log.Info("in the span") // want `Info drops the context in scope, so the line carries no trace_id; call InfoContext\(ctx, ...\)`
}

// branch starts a span on one path only: the line after the if is not on
// that path.
func (s *Syncer) branch(ctx context.Context, deep bool) {
	if deep {
		_, span := otel.Tracer("sync").Start(ctx, "deep")
		defer span.End()
		s.log.Info("deep") // want `Info drops the context in scope`
	}
	s.log.Info("done")
}

// handle is an HTTP handler: the request's context carries its trace.
func (s *Syncer) handle(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	s.log.Warn("slow") // want `Warn drops the context in scope`
	_ = ctx
}

type GetReq struct{}
type GetResp struct{}

// Get is an RPC method: its ctx is the received call's.
func (s *Syncer) Get(ctx context.Context, req *GetReq) (*GetResp, error) {
	s.log.Info("get") // want `Info drops the context in scope`
	return &GetResp{}, nil
}

// finished hands its context to the log call: the package's logs carry
// the context, so the calls above that drop one lose the trace_id.
func (s *Syncer) finished(ctx context.Context) {
	s.log.InfoContext(ctx, "finished")
}
