package rawlogging

import (
	"go/ast"
	"go/types"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/passkit"
)

// logCtxCalls is the set of apis.LogContextCalls.
var logCtxCalls = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range apis.LogContextCalls {
		m[k] = true
	}
	return m
}()

// logsCarryContext reports whether the package shows that its log
// pipeline reads the context of its records, so that a log call without
// the context loses the line's trace_id. A handler that ignores the
// context (a logger adapter's Handle(_ context.Context, r)) gives no
// line a trace_id, whichever call the code makes; the package shows that
// its handler is not one when it:
//
//   - imports an OpenTelemetry log bridge (otelslog, otelzap, otellogrus,
//     otellogr);
//   - hands a context to a log call in its production code (slog's
//     ...Context, Log and LogAttrs, otelzap's Ctx, logrus's WithContext,
//     zerolog's Event.Ctx), other than a fresh root such as
//     context.Background(), which carries nothing for a handler to read;
//   - defines a slog.Handler whose Handle uses its context.
//
// The calls are those the shared walk noted; the handlers are looked for
// last, only when nothing else answered.
func (c *checker) logsCarryContext() bool {
	if c.bridge {
		return true
	}
	for _, call := range c.ctxLogCalls {
		if len(call.Args) == 0 {
			continue
		}
		if arg := call.Args[0]; !astx.IsNil(c.pass.TypesInfo, arg) && !c.carriers().FreshRoot(arg) {
			return true
		}
	}
	return c.definesCtxHandler()
}

// definesCtxHandler reports whether a production file of the package
// defines a slog.Handler whose Handle method uses its context parameter
// (reads the span from it, or hands it to the next handler).
func (c *checker) definesCtxHandler() bool {
	if !c.idx.ImportsAny(apis.SlogPkg) {
		return false
	}
	info := c.pass.TypesInfo
	for _, f := range c.pass.Files {
		if passkit.IsTestFile(c.pass.Fset, f.FileStart) {
			continue
		}
		for _, d := range f.Decls {
			decl, ok := d.(*ast.FuncDecl)
			if !ok || decl.Recv == nil || decl.Body == nil {
				continue
			}
			fn, ok := info.Defs[decl.Name].(*types.Func)
			if !ok || !c.idx.IsSlogHandle(fn) {
				continue
			}
			sig := fn.Type().(*types.Signature)
			if sig.Params().Len() == 0 {
				continue
			}
			ctx := sig.Params().At(0)
			if ctx.Name() == "" || ctx.Name() == "_" {
				continue
			}
			used := false
			ast.Inspect(decl.Body, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && info.Uses[id] == ctx {
					used = true
				}
				return !used
			})
			if used {
				return true
			}
		}
	}
	return false
}
