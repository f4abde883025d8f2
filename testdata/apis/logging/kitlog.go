package logging

import (
	"os"

	oldlog "github.com/go-kit/kit/log"
	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
	"github.com/open-policy-agent/opa/v1/logging"
)

// kitLogs builds go-kit loggers and logs through them and through OPA's.
func kitLogs(opa logging.Logger) {
	l := log.NewLogfmtLogger(os.Stderr)      // build: cheap
	j := log.NewJSONLogger(os.Stderr)        // build: cheap
	ol := oldlog.NewLogfmtLogger(os.Stderr)  // build: cheap
	oj := oldlog.NewJSONLogger(os.Stderr)    // build: cheap
	w := log.With(l, "component", "logging") // build: none
	level.Info(w).Log("msg", "m")            // family: gokit
	oldlog.WithPrefix(ol, "k", "v").Log("m") // family: gokit
	opa.Info("m")                            // family: none
	use(j, oj)
}
