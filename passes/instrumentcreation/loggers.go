package instrumentcreation

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// What goes wrong when a logger is built per request, and what to do.
const (
	whyLogger       = "it builds its encoder and sink on every call and drops the configuration of the program's logger"
	fixLogger       = "build it once at start-up, pass it in, and derive request loggers with With"
	whyLoggerLookup = "a lock and a map lookup on every call, and the scope name repeated at each call site"
	fixLoggerLookup = "get it once at set-up, next to the other loggers"
)

// loggerPkgs are the packages whose loggers the pass knows how to build.
var loggerPkgs = []string{apis.ZapPkg, apis.SlogPkg, apis.LogrusPkg, apis.ZerologPkg, apis.OtelzapPkg, apis.LogAPIPkg}

// classifyLogger returns the creation made by a call of a logger
// constructor in cur:
//
//	zap.NewProduction(), zapCfg.Build(), logrus.New(), otelslog.NewLogger("shop")
//	slog.New(slog.NewJSONHandler(os.Stdout, nil))     // a wrapper of a fresh handler
//	zap.New(zapcore.NewCore(enc, ws, level))          // a wrapper of a fresh core
//	global.GetLoggerProvider().Logger("shop")         // a logger of a provider
//
// A wrapper of an existing core, handler, writer or logger (zap.New(base.Core()),
// slog.New(h.WithAttrs(attrs)), zerolog.New(os.Stdout)) is how a logger is
// derived, and is not a creation.
func (c *checker) classifyLogger(cur inspector.Cursor, call *ast.CallExpr) (creation, bool) {
	k := c.idx.Key(call)
	switch {
	case k == "":
		return creation{}, false
	case slices.Contains(apis.LoggerBuilders, k):
	case slices.Contains(apis.LoggerWrappers, k):
		if len(call.Args) == 0 || !c.builtFresh(cur, call.Args[0]) {
			return creation{}, false
		}
	case k != apis.LoggerProviderLogger:
		return creation{}, false
	}
	what := "logger " + loggerName(k)
	why, fix := loggerText(what)
	return creation{CategoryLoggerPerRequest, what, why, fix, false}, true
}

// loggerText returns the explanation and advice for a logger made per
// request, from what made it.
func loggerText(what string) (why, fix string) {
	if strings.HasSuffix(what, "LoggerProvider.Logger") {
		return whyLoggerLookup, fixLoggerLookup
	}
	return whyLogger, fixLogger
}

// builtFresh reports whether the argument of a logger constructor builds
// its sink on the spot: a constructor call (zapcore.NewCore,
// slog.NewJSONHandler, otelslog.NewHandler...) or a composite literal
// (zerolog.ConsoleWriter{...}), directly or through a local variable
// assigned once in the function, rather than an existing core, handler
// or writer.
//
// A constructor is recognised by Go's naming convention (a package-level
// New* function), not by a table: the argument may come from any handler
// or core library, or from the program's own constructors, and nothing
// but the name tells zap.NewExample() (a fresh logger) from zap.L() (the
// shared one), both package-level functions without parameters.
func (c *checker) builtFresh(cur inspector.Cursor, arg ast.Expr) bool {
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
	case *ast.Ident:
		if def := astx.SingleDef(c.pass.TypesInfo, cur, a); def != nil {
			if _, ok := def.(*ast.Ident); !ok { // a copy of a copy is not followed
				return c.builtFresh(cur, def)
			}
		}
	}
	return false
}

// loggerName names a logger constructor for messages:
// "go.uber.org/zap.NewProduction" -> "zap.NewProduction",
// "(go.uber.org/zap.Config).Build" -> "zap.Config.Build".
func loggerName(key string) string {
	key = strings.NewReplacer("(", "", ")", "").Replace(key)
	return key[strings.LastIndexByte(key, '/')+1:]
}
