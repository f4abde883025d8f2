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
	"github.com/otellint/otellint/internal/passkit"
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
		sig, ok := fn.Type().(*types.Signature)
		if !ok || sig.Recv() != nil {
			return false // core.With(...), h.WithAttrs(...), logger.Handler()
		}
		if !strings.HasPrefix(fn.Name(), "New") {
			return false
		}
		if t := combinedType(sig); t != nil {
			return c.combinesFresh(cur, a, sig, t)
		}
		return true
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

// combinedType returns the interface a constructor combines, when some
// of its parameters have the type it returns (or an interface its
// concrete result implements): a tee, a sampler or a level filter of
// existing cores, zapcore.NewTee(cores...), or a handler fanning out to
// handlers. Such a constructor builds no encoder or sink of its own.
// It returns nil for other constructors, zapcore.NewCore(enc, ws, level)
// among them.
func combinedType(sig *types.Signature) types.Type {
	if sig.Results().Len() == 0 {
		return nil
	}
	res := sig.Results().At(0).Type()
	for i := 0; i < sig.Params().Len(); i++ {
		t := paramType(sig, i)
		if !types.IsInterface(t) {
			continue
		}
		if types.Identical(t, res) || !types.IsInterface(res) && types.Implements(res, t.Underlying().(*types.Interface)) {
			return t
		}
	}
	return nil
}

// paramType returns the type of the i-th parameter of sig, the element
// type for a variadic one.
func paramType(sig *types.Signature, i int) types.Type {
	t := sig.Params().At(i).Type()
	if sig.Variadic() && i == sig.Params().Len()-1 {
		if s, ok := t.(*types.Slice); ok {
			return s.Elem()
		}
	}
	return t
}

// combinesFresh reports whether a call of a combining constructor (see
// combinedType) combines a value of type t built on the spot: a tee of
// a fresh core is fresh, a tee of the program's existing cores is a
// derivation, as cheap as logger.With. A slice given with ... is
// followed to its literal and to what is appended to it in the function.
func (c *checker) combinesFresh(cur inspector.Cursor, call *ast.CallExpr, sig *types.Signature, t types.Type) bool {
	for i, arg := range call.Args {
		pi := min(i, sig.Params().Len()-1)
		if !types.Identical(paramType(sig, pi), t) {
			continue
		}
		if call.Ellipsis.IsValid() && i == len(call.Args)-1 {
			if c.freshElems(cur, arg, t) {
				return true
			}
		} else if c.freshPart(cur, arg, t) {
			return true
		}
	}
	return false
}

// freshPart reports whether e, a value of type t given to a combining
// constructor, is built on the spot. A struct literal that holds a
// value of type t, &filteringCore{Core: base}, wraps that value: it is
// fresh only if what it wraps is.
func (c *checker) freshPart(cur inspector.Cursor, e ast.Expr, t types.Type) bool {
	lit, _ := ast.Unparen(e).(*ast.CompositeLit)
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		lit, _ = ast.Unparen(u.X).(*ast.CompositeLit)
	}
	if lit != nil {
		wraps := false
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if et := c.pass.TypesInfo.TypeOf(el); et != nil && types.Identical(et, t) {
				if c.freshPart(cur, el, t) {
					return true
				}
				wraps = true
			}
		}
		if wraps {
			return false
		}
	}
	return c.builtFresh(cur, e)
}

// freshElems reports whether the slice e of values of type t holds one
// built on the spot: the elements of a literal, of an append, or of
// every literal assigned or appended to a local slice in the function.
func (c *checker) freshElems(cur inspector.Cursor, e ast.Expr, t types.Type) bool {
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		for _, el := range e.Elts {
			if c.freshPart(cur, el, t) {
				return true
			}
		}
	case *ast.CallExpr:
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok {
			if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" && len(e.Args) > 0 {
				// The slice appended to: a literal is followed, a
				// variable is followed by the caller already.
				if _, self := ast.Unparen(e.Args[0]).(*ast.Ident); !self && c.freshElems(cur, e.Args[0], t) {
					return true
				}
				for _, el := range e.Args[1:] {
					if e.Ellipsis.IsValid() && c.freshElems(cur, el, t) || !e.Ellipsis.IsValid() && c.freshPart(cur, el, t) {
						return true
					}
				}
			}
		}
	case *ast.Ident:
		v := localVar(info, e)
		decl := astx.EnclosingDecl(cur)
		if v == nil || decl == nil || decl.Body == nil {
			return false
		}
		// Every value the function gives the slice: v := []T{...},
		// v = append(v, x).
		found := false
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			lhs, rhs := passkit.Assignment(n)
			if found || len(lhs) != len(rhs) {
				return !found
			}
			for i, l := range lhs {
				if id, ok := l.(*ast.Ident); ok && info.ObjectOf(id) == v && c.freshElems(cur, rhs[i], t) {
					found = true
				}
			}
			return !found
		})
		return found
	}
	return false
}
