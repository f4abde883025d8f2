package spanend

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// marksWhen says when a helper with an error result does mark (an error
// status or a recorded error) on the span t it is given: "" on every path,
// whenError when every path that may return a non-nil error does it but
// some other path does not, and whenSome when a path returns a possibly
// non-nil error without it. Helpers without an error result mark the
// error they are given ("if err != nil { span.SetStatus(...) }") and are
// taken at their word, as are those that never mark.
//
//	func resolve(ctx context.Context) (*Item, error) {
//		it, err := lookup(ctx)
//		if err != nil {
//			return nil, fail(trace.SpanFromContext(ctx), err) // marked
//		}
//		if err := check(it); err != nil {
//			return nil, err // not marked: resolve marks on some paths
//		}
//		return it, nil
//	}
func (c *checker) marksWhen(fc inspector.Cursor, sig *types.Signature, t *tracked, ev, mark events) string {
	if ev&mark == 0 || !hasErrorResult(sig) {
		return ""
	}
	g := c.graphs.Of(fc.Node())
	if g == nil || len(g.Blocks) == 0 {
		return ""
	}
	f := &flow{c: c, fc: fc, t: t, cr: &creation{}, g: g, def: g.Blocks[0], first: 0, memo: map[ast.Node]events{}}
	unmarked, unmarkedErr := false, false
	f.walkNil(func(_ *cfg.Block, _ int, n ast.Node, _ nilVars) bool {
		return f.at(n)&(mark|evNoReturn) == 0
	}, func(r *ast.ReturnStmt, known nilVars) {
		unmarked = true
		if c.mayReturnError(fc, r, sig, known) && !c.returnsMarked(r, mark) {
			unmarkedErr = true
		}
	})
	switch {
	case unmarkedErr:
		return whenSome
	case unmarked:
		return whenError
	}
	return ""
}

// onErrorEvents handles the helpers that mark the span whenever they
// return an error. Their error result carries the mark: a variable it is
// assigned to is recorded (c.errMarks), for the returns that give it back:
//
//	if err := validate(span, req); err != nil {
//		return err // marked by validate
//	}
//
// The call whose argument is cur (the span, or a context that carries it)
// is looked up, and its error result recorded when it goes to a variable.
// A call returned directly ("return validate(span, req)") marks the span on
// the returning path: its events are returned.
func (c *checker) onErrorEvents(cur inspector.Cursor, i int) events {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok {
		return 0
	}
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return 0
	}
	f := c.factOf(fn.Origin())
	if f == nil {
		return 0
	}
	pu := f.param(i)
	if pu == nil {
		return 0
	}
	var ev events
	if pu.Status && pu.StatusWhen == whenError {
		ev |= evStatus
	}
	if pu.Record && pu.RecordWhen == whenError {
		ev |= evRecord
	}
	if ev == 0 {
		return 0
	}
	// The marked error may be wrapped before it is returned or assigned
	// ("return nil, permanent(validate(span, req))"): a call of a
	// function with an error result, given the marked error as an
	// argument, carries the mark on.
	p, outer := cur.Parent().Parent(), call
	for {
		if _, ok := p.Node().(*ast.ParenExpr); ok {
			p = p.Parent()
			continue
		}
		wrap, ok := p.Node().(*ast.CallExpr)
		if !ok || wrap.Fun == outer || !returnsError(c.pass.TypesInfo, wrap) {
			break
		}
		outer, p = wrap, p.Parent()
	}
	switch pn := p.Node().(type) {
	case *ast.ReturnStmt:
		return ev
	case *ast.AssignStmt:
		// A wrapping call returns the error alone.
		results := 1
		if outer == call {
			sig, _ := fn.Type().(*types.Signature)
			if sig == nil {
				return 0
			}
			results = sig.Results().Len()
		}
		if len(pn.Rhs) != 1 || len(pn.Lhs) != results {
			return 0
		}
		if v := astx.IdentVar(c.pass.TypesInfo, pn.Lhs[len(pn.Lhs)-1]); v != nil {
			c.errMarks[v] |= ev
		}
	}
	return 0
}

// returnsError reports whether call returns a single value that is an
// error: the error interface or a type that implements it.
func returnsError(info *types.Info, call *ast.CallExpr) bool {
	t := info.TypeOf(call)
	if _, ok := t.(*types.Tuple); ok {
		return false
	}
	return astx.IsError(t)
}

// returnsMarked reports whether the return r gives back, in its last
// result, an error of a helper that marked the span (need) when it
// returned it.
func (c *checker) returnsMarked(r *ast.ReturnStmt, need events) bool {
	if len(r.Results) == 0 {
		return false
	}
	marked := false
	ast.Inspect(r.Results[len(r.Results)-1], func(n ast.Node) bool {
		if v := astx.IdentVar(c.pass.TypesInfo, nodeExpr(n)); v != nil && c.errMarks[v]&need != 0 {
			marked = true
		}
		return !marked
	})
	return marked
}

// nodeExpr returns n as an expression, or nil.
func nodeExpr(n ast.Node) ast.Expr {
	e, _ := n.(ast.Expr)
	return e
}
