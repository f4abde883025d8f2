// Package toggle keeps the program's feature toggles in its root
// context: reading them reads nothing of a trace.
package toggle

import (
	"context"
	"log/slog"
)

// Toggles are the program's feature switches.
type Toggles interface {
	GeneratePolicies() bool
	Mode() string
}

type contextKey struct{}

type defaultToggles struct{}

func (defaultToggles) GeneratePolicies() bool { return false }
func (defaultToggles) Mode() string           { return "" }

// NewContext keeps t in ctx.
func NewContext(ctx context.Context, t Toggles) context.Context {
	return context.WithValue(ctx, contextKey{}, t)
}

// FromContext returns the toggles of ctx, or the defaults.
func FromContext(ctx context.Context) Toggles { // want FromContext:"waits on parameter 0"
	if ctx != nil {
		if t, ok := ctx.Value(contextKey{}).(Toggles); ok {
			return t
		}
	}
	return defaultToggles{}
}

type loggerKey struct{}

// Logger returns the request's logger kept in ctx, which may carry the
// request's trace in its attributes: not a setting.
func Logger(ctx context.Context) *slog.Logger {
	if l, ok := ctx.Value(loggerKey{}).(*slog.Logger); ok {
		return l
	}
	return slog.Default()
}
