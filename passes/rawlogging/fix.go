package rawlogging

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
)

// twinFix renames the called log function to its ...Context twin and
// passes the context first:
//
//	slog.Info(msg, args...) -> slog.InfoContext(ctx, msg, args...)
func twinFix(call *ast.CallExpr, fun *ast.Ident, twin, ctx string) []analysis.SuggestedFix {
	return []analysis.SuggestedFix{{
		Message: "Use " + twin,
		TextEdits: []analysis.TextEdit{
			{Pos: fun.Pos(), End: fun.End(), NewText: []byte(twin)},
			{Pos: call.Args[0].Pos(), End: call.Args[0].Pos(), NewText: []byte(ctx + ", ")},
		},
	}}
}

// ctxFix logs through the otelzap logger's Ctx(ctx):
//
//	logger.Info(msg, fields...) -> logger.Ctx(ctx).Info(msg, fields...)
func ctxFix(recv ast.Expr, ctx string) []analysis.SuggestedFix {
	return []analysis.SuggestedFix{{
		Message:   "Use Ctx(" + ctx + ")",
		TextEdits: []analysis.TextEdit{{Pos: recv.End(), End: recv.End(), NewText: []byte(".Ctx(" + ctx + ")")}},
	}}
}
