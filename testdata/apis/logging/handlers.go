package logging

import (
	"context"
	"log/slog"
)

// The Handle methods below are a slog handler's (handler: yes) or not
// (handler: no).

type ptrHandler struct{ slog.Handler }

func (h *ptrHandler) Handle(ctx context.Context, r slog.Record) error { // handler: yes
	return h.Handler.Handle(ctx, r)
}

type valueHandler struct{ slog.Handler }

func (h valueHandler) Handle(_ context.Context, r slog.Record) error { return nil } // handler: yes

type lookAlike struct{}

func (lookAlike) Handle(ctx context.Context, msg string) error { return nil } // handler: no
