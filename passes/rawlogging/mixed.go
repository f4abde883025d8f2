package rawlogging

import (
	"fmt"
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
)

// mixedLoggers reports, once per package and library, the first use of a
// logging library other than the configured one. The library of a call is
// its [apis.LogFamily]; fmt prints rather than logs, and is raw-print's
// business.
func (c *checker) mixedLoggers(cur inspector.Cursor, call *ast.CallExpr, key string) {
	fam := apis.LogFamily(key)
	if fam == "" || fam == apis.FamilyFmt || fam == c.cfg.Logger || c.mixed[fam] {
		return
	}
	if fam == apis.FamilyStdLog && c.pass.Pkg.Name() == "main" && c.cfg.AllowMain {
		return // log.Fatal at start-up in a command
	}
	if c.silenced(cur, CategoryMixedLoggers) {
		return // test support: a later use may still be reported
	}
	c.mixed[fam] = true
	name := fam
	if fam == apis.FamilyStdLog {
		name = "the standard log package"
	}
	c.report(analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: CategoryMixedLoggers,
		Message: fmt.Sprintf("package logs through %s beside the team's logger %s; use %s so that every line has the same fields and carries trace_id",
			name, c.cfg.Logger, c.cfg.Logger),
	})
}
