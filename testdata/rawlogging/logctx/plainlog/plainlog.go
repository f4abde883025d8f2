// Package plainlog has a package-level logrus entry and no getter that
// takes it from a context.
package plainlog

import "github.com/sirupsen/logrus"

// L is the package's entry.
var L = logrus.NewEntry(logrus.StandardLogger())

// Named returns an entry with a name field: not a context getter.
func Named(name string) *logrus.Entry { return L.WithField("name", name) }
