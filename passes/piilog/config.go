package piilog

import (
	"go/ast"

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
