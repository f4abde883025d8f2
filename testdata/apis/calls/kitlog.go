package calls

import (
	"os"

	oldlog "github.com/go-kit/kit/log"
	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
	"github.com/open-policy-agent/opa/v1/logging"
)

// kitLogger implements go-kit's Logger by itself.
type kitLogger struct{}

func (kitLogger) Log(keyvals ...any) error { return nil }

// notKitLogger has a Log method of another signature.
type notKitLogger struct{}

func (notKitLogger) Log(msg string) {}

// kitAndOPA calls go-kit's and OPA's loggers.
func kitAndOPA(opa logging.Logger, std *logging.StandardLogger) {
	l := log.NewLogfmtLogger(os.Stderr)      // key: github.com/go-kit/log.NewLogfmtLogger
	l = log.With(l, "component", "calls")    // key: github.com/go-kit/log.With
	level.Debug(l).Log("msg", "hello")       // key: (github.com/go-kit/log.Logger).Log
	oldlog.With(l, "k", "v").Log("msg", "x") // key: (github.com/go-kit/log.Logger).Log
	kitLogger{}.Log("msg", "hello")          // key: (github.com/go-kit/log.Logger).Log
	notKitLogger{}.Log("hello")              // key: none
	opa.WithFields(map[string]any{"k": 1})   // key: (github.com/open-policy-agent/opa/v1/logging.Logger).WithFields
	opa.Info("hello %s", "world")            // key: (github.com/open-policy-agent/opa/v1/logging.Logger).Info
	std.Warn("hello %s", "world")            // key: (github.com/open-policy-agent/opa/v1/logging.Logger).Warn
}
