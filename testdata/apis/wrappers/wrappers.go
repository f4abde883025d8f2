// Package wrappers calls the methods of logger wrappers: structs that
// embed a recognised logger and redefine some of its methods.
package wrappers

import (
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

// Entry wraps a logrus entry.
type Entry struct {
	*logrus.Entry
}

func (e *Entry) WithField(key string, value any) *Entry          { return e }
func (e *Entry) WithFields(f logrus.Fields) *Entry               { return e }
func (e *Entry) Infof(format string, args ...any)                {}
func (e *Entry) WithSensitiveField(key string, value any) *Entry { return e }
func (e *Entry) WithError(key string) *Entry                     { return e } // other parameters than logrus's
func (e *Entry) Warnf(format string, args []any)                 {}           // not variadic

// Zap wraps a zap logger by value.
type Zap struct {
	zap.Logger
}

func (z Zap) Info(msg string, fields ...zap.Field) {}

// Plain embeds nothing that logs.
type Plain struct {
	Name string
}

func (p Plain) WithField(key string, value any) Plain { return p }

func use(e *Entry, z Zap, p Plain) {
	e.WithField("k", 1)                // shadows: (github.com/sirupsen/logrus.Entry).WithField
	e.WithFields(nil)                  // shadows: none (a logrus.Fields literal is read where it is written)
	e.Infof("x=%d", 1)                 // shadows: (github.com/sirupsen/logrus.Entry).Infof
	z.Info("x")                        // shadows: (go.uber.org/zap.Logger).Info
	e.WithSensitiveField("k", 1)       // shadows: none
	e.WithError("k")                   // shadows: none
	e.Warnf("x", nil)                  // shadows: none
	p.WithField("k", 1)                // shadows: none
	e.Entry.WithField("k", 1).Info("") // shadows: none
}
