package spanend

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/flowx"
	"github.com/otellint/otellint/internal/passkit"
)

// errorTypeKey is the attribute the semantic conventions require on a
// span whose operation failed.
const errorTypeKey = "error.type"

// checkMissingErrorType reports an error status set on the span on a
// path where the span gets no error.type attribute (missing-error-type):
// the semantic conventions make error.type required when the operation
// failed, and back ends group failures by it. The error.type attribute
// may be set before or after the status, anywhere on the path from the
// Start call to the function's exit: a path from the start through the
// SetStatus call to an exit that sets none is reported, at the SetStatus
// call.
//
// Only a direct span.SetStatus(codes.Error, ...) outside test files is
// judged. The path is
// cut, and so is silent, where error.type may be set: a SetAttributes
// call whose attributes include error.type or are spread from a slice
// (attrs...), or the span passed to a function (a helper that records
// the failure); where the span is handed on; where the path never
// returns. A span started with trace.WithAttributes(...error.type...)
// is silent.
func (c *checker) checkMissingErrorType(f *flow, body *ast.BlockStmt) {
	if passkit.IsTestFile(c.pass.Fset, f.cr.call.Pos()) || c.setsErrorType(f.cr.call) {
		return // tests set error statuses to exercise code
	}
	setters, statuses := c.errorTypeSites(body, f.t)
	if len(statuses) == 0 {
		return
	}
	sets := func(n ast.Node) bool {
		for _, p := range setters {
			if p.Pos() >= n.Pos() && p.End() <= n.End() {
				return true
			}
		}
		return f.at(n)&(evTransfer|evNoReturn|evRedef) != 0
	}
	statusIn := func(n ast.Node) *ast.CallExpr {
		for _, s := range statuses {
			if s.Pos() >= n.Pos() && s.End() <= n.End() {
				return s
			}
		}
		return nil
	}
	reported := map[*ast.CallExpr]bool{}
	f.walk(func(b *cfg.Block, i int, n ast.Node) bool {
		if sets(n) {
			return false
		}
		s := statusIn(n)
		if s == nil || reported[s] {
			return true
		}
		missing := exitsWithout(b, i+1, sets)
		if _, ok := n.(*ast.DeferStmt); ok {
			// A deferred status is set on the paths the closure's own
			// conditions choose (if err != nil), which the walk does
			// not follow: it is judged only when no path after it
			// sets error.type at all.
			missing = !reachesAny(b, i+1, sets)
		}
		if missing {
			reported[s] = true
			c.report(analysis.Diagnostic{Pos: s.Pos(), End: s.End(), Category: CategoryMissingErrorType,
				Message: "error status set without an error.type attribute on this path: the semantic conventions require error.type when the operation fails; set it on the span (semconv.ErrorTypeKey.String(...) or semconv.ErrorType(err))"})
		}
		return true
	}, func(*ast.ReturnStmt) {})
}

// exitsWithout reports whether some path from the node at index from of
// block b reaches the function's exit (a return, or the end of the body)
// without passing a node for which stop is true.
func exitsWithout(b *cfg.Block, from int, stop func(ast.Node) bool) bool {
	seen := map[*cfg.Block]bool{b: true}
	var block func(b *cfg.Block, from int) bool
	block = func(b *cfg.Block, from int) bool {
		for _, n := range flowx.Nodes(b)[from:] {
			if stop(n) {
				return false
			}
		}
		if b.Return() != nil || len(b.Succs) == 0 {
			return true
		}
		for _, s := range b.Succs {
			if !seen[s] {
				seen[s] = true
				if block(s, 0) {
					return true
				}
			}
		}
		return false
	}
	return block(b, from)
}

// reachesAny reports whether some path from the node at index from of
// block b passes a node for which hit is true.
func reachesAny(b *cfg.Block, from int, hit func(ast.Node) bool) bool {
	found := false
	flowx.Walk(b, from, func(_ *cfg.Block, _ int, n ast.Node) bool {
		found = found || hit(n)
		return !found
	}, func(*ast.ReturnStmt) {})
	return found
}

// errorTypeSites returns the positions of the calls in body that may set
// error.type on the span (see checkMissingErrorType), and its direct
// SetStatus(codes.Error, ...) calls.
func (c *checker) errorTypeSites(body *ast.BlockStmt, t *tracked) (setters []ast.Node, statuses []*ast.CallExpr) {
	info := c.pass.TypesInfo
	isSpan := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && t.spans[info.Uses[id]]
	}
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		switch {
		case ok && isSpan(sel.X) && c.idx.Is(call, apis.SpanSetStatus):
			if len(call.Args) > 0 && isErrorConst(info, call.Args[0]) {
				statuses = append(statuses, call)
			}
		case ok && isSpan(sel.X) && c.idx.Is(call, apis.SpanSetAttributes):
			if call.Ellipsis.IsValid() || c.setsErrorType(call) {
				setters = append(setters, call)
			}
		default:
			for _, a := range call.Args {
				if isSpan(a) {
					setters = append(setters, call) // a helper may set it
				}
			}
		}
		return true
	})
	return setters, statuses
}

// isErrorConst reports whether e is the constant codes.Error.
func isErrorConst(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	v, exact := constant.Int64Val(constant.ToInt(tv.Value))
	return exact && v == errorCode
}

// setsErrorType reports whether an attribute built inside n has the key
// error.type: attribute.String("error.type", ...), a semconv constant or
// helper (semconv.ErrorTypeKey.String(...), semconv.ErrorType(err)), or
// a semconv enum member (semconv.ErrorTypeOther).
func (c *checker) setsErrorType(n ast.Node) bool {
	info := c.pass.TypesInfo
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if found {
			return false
		}
		switch m := m.(type) {
		case *ast.CallExpr, *ast.CompositeLit:
			if k, _, ok := constval.AttrKey(c.idx, info, m.(ast.Expr)); ok && k == errorTypeKey {
				found = true
			}
		case *ast.SelectorExpr:
			// An enum member: a package-level KeyValue of a semconv
			// package named after its key constant.
			if v, ok := info.Uses[m.Sel].(*types.Var); ok && v.Pkg() != nil &&
				strings.HasPrefix(v.Pkg().Path(), apis.SemconvPrefix) && strings.HasPrefix(v.Name(), "ErrorType") {
				if cst, ok := v.Pkg().Scope().Lookup("ErrorTypeKey").(*types.Const); ok && constant.StringVal(cst.Val()) == errorTypeKey {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
