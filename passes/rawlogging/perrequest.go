package rawlogging

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/reqscope"
)

// perRequest reports a logger built from scratch in request-scoped code or
// a loop:
//
//	func handle(w http.ResponseWriter, r *http.Request) {
//		logger, _ := zap.NewProduction()
func (c *checker) perRequest(cur inspector.Cursor, call *ast.CallExpr, key string) {
	switch {
	case slices.Contains(apis.LoggerBuilders, key):
	case slices.Contains(apis.LoggerWrappers, key):
		// Wrapping an existing core, handler or logger is cheap and is
		// how a logger is derived; only a fresh one counts.
		if len(call.Args) == 0 || !c.builtFresh(call.Args[0]) {
			return
		}
	default:
		return
	}
	place := c.req.At(cur)
	if place.Kind != reqscope.Request {
		return
	}
	c.reportAt(cur, analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: CategoryLoggerPerRequest,
		Message: fmt.Sprintf("%s builds a new logger in %s, once per request or iteration; build it once at start-up and pass it in, deriving request loggers with With",
			shortName(key), place.Reason),
	})
}

// builtFresh reports whether the argument of a logger constructor builds
// its sink on the spot: a constructor call (zapcore.NewCore,
// slog.NewJSONHandler, zap.NewProduction...) or a composite literal,
// rather than an existing core, handler or writer.
//
// A constructor is recognised by Go's naming convention (a package-level
// New* function), not by a table: the argument may come from any handler
// or core library, or from the program's own constructors, and nothing
// but the name tells zap.NewExample() (a fresh logger) from zap.L() (the
// shared one), both package-level functions without parameters.
func (c *checker) builtFresh(arg ast.Expr) bool {
	switch a := ast.Unparen(arg).(type) {
	case *ast.CompositeLit:
		return true
	case *ast.UnaryExpr:
		_, ok := ast.Unparen(a.X).(*ast.CompositeLit)
		return ok && a.Op == token.AND
	case *ast.CallExpr:
		fn := apis.Callee(c.pass.TypesInfo, a)
		if fn == nil {
			return false
		}
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
			return false // core.With(...), h.WithAttrs(...), logger.Handler()
		}
		return strings.HasPrefix(fn.Name(), "New")
	}
	return false
}
