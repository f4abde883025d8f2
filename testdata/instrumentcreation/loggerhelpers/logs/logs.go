// Package logs has logger helpers: one builds a logger on every call,
// the others share one.
package logs

import (
	"os"
	"os/exec"
	"sync"

	"github.com/sirupsen/logrus"
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

// Current builds a logger from the environment's configuration on every
// call: a logrus logger costs what a derivation costs, so it is not a
// creation.
func Current() *logrus.Logger {
	l := logrus.New()
	if os.Getenv("LOG_FORMAT") == "json" {
		l.SetFormatter(&logrus.JSONFormatter{})
	}
	if lvl, err := logrus.ParseLevel(os.Getenv("LOG_LEVEL")); err == nil {
		l.SetLevel(lvl)
	}
	return l
}

// Run runs a command, logging it with a logger built for it.
func Run(cmd *exec.Cmd) ([]byte, error) {
	Current().WithField("cmd", cmd.Path).Debug("running")
	return cmd.Output()
}

// Sampled builds a sampled production logger on every call.
func Sampled() *zap.Logger { // want Sampled:"creates logger zap.Config.Build"
	cfg := zap.NewDevelopmentConfig()
	cfg.Sampling = &zap.SamplingConfig{Initial: 100, Thereafter: 100}
	l, _ := cfg.Build()
	return l
}
