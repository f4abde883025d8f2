// Package ctxscope finds the context.Context a piece of code could use:
// a ctx parameter or local variable, the Context() of an *http.Request in
// scope, or either of them captured by a closure or goroutine.
package ctxscope

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Source is a context available at some point of the code.
type Source struct {
	// Obj is the variable: a context.Context, or an *http.Request whose
	// Context() is the context.
	Obj types.Object
	// Request is true when Obj is an *http.Request.
	Request bool
	// Captured is true when Obj belongs to a function enclosing the
	// innermost function literal around the point (a closure or goroutine
	// captures it).
	Captured bool
}

// Expr returns the Go expression that yields the context: "ctx" or
// "r.Context()".
func (s Source) Expr() string {
	if s.Request {
		return s.Obj.Name() + ".Context()"
	}
	return s.Obj.Name()
}

// IsContext reports whether t is context.Context.
func IsContext(t types.Type) bool {
	return isNamed(t, "context", "Context")
}

// IsHTTPRequestPtr reports whether t is *net/http.Request.
func IsHTTPRequestPtr(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && isNamed(p.Elem(), "net/http", "Request")
}

func isNamed(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == path && obj.Name() == name
}

// Find returns the nearest context available at pos, searching the
// lexical scopes from the innermost outwards up to (not including) the
// package scope. A context.Context wins over an *http.Request in the same
// scope; a nearer scope wins over a farther one. Variables named "_" and
// variables not yet declared at pos are ignored. The cursor is used to
// tell whether the variable is captured from outside the innermost
// function literal.
func Find(pkg *types.Package, cur inspector.Cursor) (Source, bool) {
	pos := cur.Node().Pos()
	inner := pkg.Scope().Innermost(pos)
	if inner == nil {
		return Source{}, false
	}
	// The innermost function literal around the point, if any.
	var litScope *types.Scope
	for c := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		if lit, ok := c.Node().(*ast.FuncLit); ok {
			litScope = scopeOf(pkg, lit.Type.Pos(), lit.End())
		}
		break
	}
	var reqFallback *Source
	crossed := false
	for s := inner; s != nil && s != pkg.Scope() && s != types.Universe; s = s.Parent() {
		if s.Parent() == pkg.Scope() {
			break // file scope: imports only
		}
		var best types.Object
		var bestReq types.Object
		for _, name := range s.Names() {
			if name == "_" {
				continue
			}
			obj := s.Lookup(name)
			v, ok := obj.(*types.Var)
			if !ok {
				continue
			}
			// Declared, and its scope begun, before pos.
			if _, o := inner.LookupParent(name, pos); o != obj {
				continue
			}
			switch {
			case IsContext(v.Type()):
				if best == nil || v.Pos() > best.Pos() {
					best = v
				}
			case IsHTTPRequestPtr(v.Type()):
				if bestReq == nil || v.Pos() > bestReq.Pos() {
					bestReq = v
				}
			}
		}
		if best != nil {
			return Source{Obj: best, Captured: crossed}, true
		}
		if bestReq != nil && reqFallback == nil {
			reqFallback = &Source{Obj: bestReq, Request: true, Captured: crossed}
		}
		if litScope != nil && s == litScope {
			crossed = true
		}
	}
	if reqFallback != nil {
		return *reqFallback, true
	}
	return Source{}, false
}

// scopeOf returns the function scope spanning [pos, end).
func scopeOf(pkg *types.Package, pos, end token.Pos) *types.Scope {
	s := pkg.Scope().Innermost(pos)
	for s != nil && s != pkg.Scope() {
		if s.Pos() <= pos && s.End() >= end {
			return s
		}
		s = s.Parent()
	}
	return nil
}

// InGoroutine reports whether the cursor lies inside a function literal
// started by a go statement, or inside a function literal that may outlive
// its caller (passed to a function other than a known synchronous one is
// not decided here: only go statements count).
func InGoroutine(cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		lit, ok := c.Node().(*ast.FuncLit)
		if !ok {
			return false
		}
		p := c.Parent()
		if call, ok := p.Node().(*ast.CallExpr); ok && call.Fun == lit {
			if _, ok := p.Parent().Node().(*ast.GoStmt); ok {
				return true
			}
		}
	}
	return false
}
