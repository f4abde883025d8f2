// Package ctxlog keeps a logrus entry in the context: Get returns it,
// bound to the context so that the logger's hooks can read the span; L is
// the entry for code without a context.
package ctxlog

import (
	"context"

	"github.com/sirupsen/logrus"
)

type key struct{}

// Entry is logrus's entry, under the package's name.
type Entry = logrus.Entry

// L is the entry for code without a context.
var L = logrus.NewEntry(logrus.StandardLogger())

// Get is the short name of GetEntry.
var Get = GetEntry

// GetEntry returns the entry kept in ctx, or L, bound to ctx.
func GetEntry(ctx context.Context) *Entry {
	e, ok := ctx.Value(key{}).(*Entry)
	if !ok {
		e = L
	}
	return e.WithContext(ctx)
}

// With keeps e in the returned context.
func With(ctx context.Context, e *Entry) context.Context {
	return context.WithValue(ctx, key{}, e)
}
