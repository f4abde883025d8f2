package piilog

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/otellint/otellint/internal/apis"
)

// failedReply reports whether value, a whole body of the given kind, is
// the body of a response logged only when its status is not a success
// (see [checker.errorReply]).
func (c *checker) failedReply(kind string, value ast.Expr) bool {
	return kind == fromResponse && c.errorReply(value)
}

// errorReply reports whether value, part of a logging call, is logged only
// when the status code of an HTTP response is not a success: inside
// `if resp.StatusCode != http.StatusOK {`, after
// `if resp.StatusCode == http.StatusOK { return ... }`, or in a case of a
// switch on the status code that lists no success (a default beside a
// success case). The body of such a response is the other side's error
// document, read to say why a call failed; what the service's users
// submitted is in the request, not there.
func (c *checker) errorReply(value ast.Expr) bool {
	cur, ok := c.ins.Root().FindByPos(value.Pos(), value.End())
	if !ok {
		return false
	}
	for cur := range cur.Enclosing() {
		parent := cur.Parent()
		switch p := parent.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		case *ast.IfStmt:
			if cur.Node() == p.Body && c.failedStatus(p.Cond, true) ||
				cur.Node() == p.Else && c.failedStatus(p.Cond, false) {
				return true
			}
		case *ast.BlockStmt:
			if c.guardedBefore(p.List, cur.Node()) {
				return true
			}
		case *ast.CaseClause:
			if c.guardedBefore(p.Body, cur.Node()) {
				return true
			}
			if sw, ok := parent.Parent().Parent().Node().(*ast.SwitchStmt); ok && c.failedCase(sw, p) {
				return true
			}
		}
	}
	return false
}

// guardedBefore reports whether a statement of list before stmt leaves
// when a response's status is a success: `if resp.StatusCode == 200 { return }`.
func (c *checker) guardedBefore(list []ast.Stmt, stmt ast.Node) bool {
	for _, s := range list {
		if s == stmt {
			return false
		}
		if ifs, ok := s.(*ast.IfStmt); ok && ifs.Else == nil && c.leaves(ifs.Body) && c.failedStatus(ifs.Cond, false) {
			return true
		}
	}
	return false
}

// leaves reports whether a block ends by leaving the statements that
// follow it: a return, a branch or a panic.
func (c *checker) leaves(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return false
		}
		b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin)
		return ok && b.Name() == "panic"
	}
	return false
}

// failedCase reports whether clause of a switch on a response's status
// code runs only for a status that is not a success: each of its values is
// not a 2xx code, or it is the default and another case lists a 2xx code.
func (c *checker) failedCase(sw *ast.SwitchStmt, clause *ast.CaseClause) bool {
	if sw.Tag == nil || !c.isStatus(sw.Tag) {
		return false
	}
	if clause.List != nil {
		for _, e := range clause.List {
			v, ok := c.intConst(e)
			if !ok || success(v) {
				return false
			}
		}
		return true
	}
	for _, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			if v, ok := c.intConst(e); ok && success(v) {
				return true
			}
		}
	}
	return false
}

// failedStatus reports whether cond, when it evaluates to truth, says that
// a response's status code is not a success. A comparison with one success
// code (`!= http.StatusOK`) counts: the code expects that one.
func (c *checker) failedStatus(cond ast.Expr, truth bool) bool {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		return e.Op == token.NOT && c.failedStatus(e.X, !truth)
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			// a && b true, or a || b false: both hold, so either suffices;
			// otherwise one of them holds, so both must say it.
			if (e.Op == token.LAND) == truth {
				return c.failedStatus(e.X, truth) || c.failedStatus(e.Y, truth)
			}
			return c.failedStatus(e.X, truth) && c.failedStatus(e.Y, truth)
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return c.failedComparison(e, truth)
		}
	}
	return false
}

// failedComparison is [checker.failedStatus] of a comparison of a status
// code (or the code divided by 100) with a constant.
func (c *checker) failedComparison(e *ast.BinaryExpr, truth bool) bool {
	op, x, y := e.Op, e.X, e.Y
	if _, ok := c.intConst(x); ok {
		x, y, op = y, x, mirror(op)
	}
	v, ok := c.intConst(y)
	if !ok {
		return false
	}
	lo, hi := int64(200), int64(299) // the success codes
	if q, ok := ast.Unparen(x).(*ast.BinaryExpr); ok && q.Op == token.QUO {
		if d, ok := c.intConst(q.Y); ok && d == 100 {
			x, lo, hi = q.X, 2, 2
		}
	}
	if !c.isStatus(x) {
		return false
	}
	if !truth {
		op = negate(op)
	}
	switch op {
	case token.EQL:
		return v < lo || v > hi
	case token.NEQ:
		return v >= lo && v <= hi
	case token.LSS:
		return v <= lo
	case token.LEQ:
		return v < lo
	case token.GTR:
		return v >= hi
	case token.GEQ:
		return v > hi
	}
	return false
}

// isStatus reports whether e selects the status code of an HTTP response.
func (c *checker) isStatus(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := c.pass.TypesInfo.Selections[sel]
	return s != nil && s.Kind() == types.FieldVal && apis.IsHTTPResponseStatus(s.Recv(), sel.Sel.Name)
}

// intConst returns the value of e when it is an integer constant.
func (c *checker) intConst(e ast.Expr) (int64, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

// success reports whether an HTTP status code is a success (2xx).
func success(code int64) bool { return code >= 200 && code <= 299 }

// mirror returns the operator that compares the operands swapped.
func mirror(op token.Token) token.Token {
	switch op {
	case token.LSS:
		return token.GTR
	case token.GTR:
		return token.LSS
	case token.LEQ:
		return token.GEQ
	case token.GEQ:
		return token.LEQ
	}
	return op
}

// negate returns the operator of the comparison's negation.
func negate(op token.Token) token.Token {
	switch op {
	case token.EQL:
		return token.NEQ
	case token.NEQ:
		return token.EQL
	case token.LSS:
		return token.GEQ
	case token.GEQ:
		return token.LSS
	case token.GTR:
		return token.LEQ
	case token.LEQ:
		return token.GTR
	}
	return op
}
