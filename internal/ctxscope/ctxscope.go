// Package ctxscope finds the context.Context a piece of code could use:
// a ctx parameter or local variable, the Context() of an *http.Request in
// scope, or either of them captured by a closure or goroutine; and, with
// [Carriers], which of them carries the caller's trace.
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
	// Param is true when Obj is a parameter (or receiver) of a function
	// or function literal, rather than a local variable.
	Param bool
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
	if t == nil {
		return false
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && isNamed(p.Elem(), "net/http", "Request")
}

func isNamed(t types.Type, path, name string) bool {
	if t == nil {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == path && obj.Name() == name
}

// Find returns the nearest context available at the node of cur,
// searching the lexical scopes from the innermost outwards up to (not
// including) the package scope. A context.Context wins over an
// *http.Request in the same scope, and over one in a farther scope of
// the same function; an *http.Request of a function literal (a handler
// closure) wins over a context captured from an enclosing function.
// Variables named "_" and variables not yet declared at the point are
// ignored.
func Find(pkg *types.Package, cur inspector.Cursor) (Source, bool) {
	return FindFunc(pkg, cur, nil)
}

// FindFunc is like [Find] but considers only the sources for which
// accept returns true (all of them if accept is nil).
func FindFunc(pkg *types.Package, cur inspector.Cursor, accept func(Source) bool) (Source, bool) {
	for _, s := range Candidates(pkg, cur) {
		if accept == nil || accept(s) {
			return s, true
		}
	}
	return Source{}, false
}

// Candidates returns every context available at the node of cur, best
// first, in the order described at [Find].
func Candidates(pkg *types.Package, cur inspector.Cursor) []Source {
	if pkg == nil || !cur.Valid() || cur.Node() == nil {
		return nil
	}
	pos := cur.Node().Pos()
	inner := pkg.Scope().Innermost(pos)
	if inner == nil {
		return nil
	}
	// The function scopes around the point, innermost first: a scope
	// that is the boundary of a function literal marks the crossing into
	// the enclosing function.
	type fnScope struct {
		scope *types.Scope
		lit   bool
		typ   *ast.FuncType
	}
	var fns []fnScope
	for c := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncLit:
			if s := scopeOf(pkg, n.Type.Pos(), n.End()); s != nil {
				fns = append(fns, fnScope{s, true, n.Type})
			}
		case *ast.FuncDecl:
			if s := scopeOf(pkg, n.Type.Pos(), n.End()); s != nil {
				fns = append(fns, fnScope{s, false, n.Type})
			}
		}
	}
	funcOf := func(s *types.Scope) (fnScope, bool) {
		for _, f := range fns {
			if f.scope == s {
				return f, true
			}
		}
		return fnScope{}, false
	}

	var out, pending []Source // pending: requests of the current function
	crossed := false
	for s := inner; s != nil && s != pkg.Scope() && s != types.Universe; s = s.Parent() {
		if s.Parent() == pkg.Scope() {
			break // file scope: imports only
		}
		f, isFunc := funcOf(s)
		var ctxs, reqs []Source
		for _, name := range s.Names() {
			if name == "_" {
				continue
			}
			obj := s.Lookup(name)
			v, ok := obj.(*types.Var)
			if !ok || v.Type() == nil {
				continue
			}
			// Declared, and its scope begun, before pos, and not shadowed.
			if _, o := inner.LookupParent(name, pos); o != obj {
				continue
			}
			src := Source{Obj: v, Captured: crossed}
			if isFunc && f.typ != nil && v.Pos() >= f.typ.Pos() && v.Pos() < f.typ.End() {
				src.Param = true
			}
			switch {
			case IsContext(v.Type()):
				ctxs = append(ctxs, src)
			case IsHTTPRequestPtr(v.Type()):
				src.Request = true
				reqs = append(reqs, src)
			}
		}
		// The latest declared first.
		sortByPosDesc(ctxs)
		sortByPosDesc(reqs)
		out = append(out, ctxs...)
		pending = append(pending, reqs...)
		if isFunc && f.lit {
			// Leaving a function literal: its requests come before the
			// contexts it captures.
			out = append(out, pending...)
			pending = nil
			crossed = true
		}
	}
	return append(out, pending...)
}

func sortByPosDesc(s []Source) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Obj.Pos() > s[j-1].Obj.Pos(); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
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
// started by a go statement. Function literals passed to other functions
// are not decided here: only go statements count.
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
