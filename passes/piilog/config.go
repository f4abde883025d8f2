package piilog

import (
	"go/ast"
	"strings"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// What a whole configuration logged holds: the configuration itself
// (ko.All(), v.AllSettings()), or each of its values in turn (the value of
// a range over it).
const (
	fromConfig      = "configuration"
	fromConfigValue = "configuration value"
)

// configDump reports whether e is a call that returns the whole
// configuration (see [apis.ConfigDumps]), or a conversion of one.
func (c *checker) configDump(e ast.Expr) bool {
	call, ok := astx.Unconvert(c.pass.TypesInfo, e).(*ast.CallExpr)
	return ok && apis.IsConfigDump(apis.Callee(c.pass.TypesInfo, call))
}

// noteRange records the value variable of a range over a whole
// configuration: it holds every value of it in turn, each secret among
// them.
//
//	for k, v := range ko.All() {
//		logger.Infof("loaded config: %v = %v", k, v)
//	}
func (c *checker) noteRange(rs *ast.RangeStmt) {
	if rs.Value == nil {
		return
	}
	obj := c.objectOf(rs.Value)
	if obj == nil {
		return
	}
	if kind, ok := c.body(rs.X); ok && (kind == fromConfig || kind == fromConfigValue) {
		c.bodies[obj] = fromConfigValue
	}
}

// isConfig reports whether kind is a whole configuration or its values.
func isConfig(kind string) bool { return kind == fromConfig || kind == fromConfigValue }

// byLogger reports whether the call being checked writes to a logger
// rather than printing with fmt. A whole configuration is logged by the
// start-up code that loads it, a service's command or a function taking
// its flags, which piilog otherwise reads as a command-line program's
// output: logged, it is kept by the service's log back end with the
// secrets in it; printed by fmt (a "config show" command), it is the
// program's output to its user.
func (c *checker) byLogger() bool {
	return !strings.HasPrefix(c.key, apis.FmtPkg+".")
}
