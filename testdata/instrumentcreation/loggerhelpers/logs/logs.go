// Package logs has logger helpers: one builds a logger on every call,
// the others share one.
package logs

import (
	"sync"

	"go.uber.org/zap"
)

// New builds a logger on every call: a set-up helper.
func New(name string) *zap.Logger { // want New:"creates logger zap.Config.Build"
	cfg := zap.NewProductionConfig()
	l, _ := cfg.Build()
	return l.Named(name)
}

// For builds a logger on every call too, under a neutral name.
func For(name string) *zap.Logger { // want For:"creates logger zap.NewProduction"
	l, _ := zap.NewProduction()
	return l.Named(name)
}

var (
	once   sync.Once
	shared *zap.Logger
)

// Shared builds one logger, once.
func Shared() *zap.Logger {
	once.Do(func() { shared, _ = zap.NewProduction() })
	return shared
}

// Named derives from the shared logger: nothing is built.
func Named(name string) *zap.Logger {
	return Shared().Named(name)
}
