package spannaming

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/otellint/otellint/internal/apis"
)

// A nameFact marks a function that passes one or more of its string
// parameters on as a span name: its call sites are checked instead of its
// body. Parts is the span name it builds.
type nameFact struct {
	Parts []FactPart
}

// FactPart is one piece of a span name built by a wrapper: a constant, a
// parameter, or a bounded non-constant value.
type FactPart struct {
	Kind  uint8 // factLit, factParam or factBounded
	Lit   string
	Param int    // index of the parameter (of the call's arguments)
	Name  string // name of the parameter, for the fact's text
}

const (
	factLit uint8 = iota
	factParam
	factBounded
)

// AFact marks nameFact as a fact.
func (*nameFact) AFact() {}

// String shows the span name a wrapper builds: spanname("Order." + op).
func (f *nameFact) String() string {
	var b strings.Builder
	b.WriteString("spanname(")
	for i, p := range f.Parts {
		if i > 0 {
			b.WriteString(" + ")
		}
		switch p.Kind {
		case factLit:
			fmt.Fprintf(&b, "%q", p.Lit)
		case factParam:
			b.WriteString(p.Name)
		default:
			b.WriteString("?")
		}
	}
	b.WriteString(")")
	return b.String()
}

// importedFact returns the parts of the name fact of fn, a function of
// another package, or nil.
func (c *checker) importedFact(fn *types.Func) []FactPart {
	parts, ok := c.imported[fn]
	if !ok {
		var f nameFact
		// A package without the tracing API has no wrappers (run returns
		// early): not asking spares the drivers that compute facts on
		// demand.
		if apis.PackageImportsAny(fn.Pkg(), apis.TracePkg, apis.OtelPkg) && c.pass.ImportObjectFact(fn, &f) {
			parts = f.Parts
		}
		c.imported[fn] = parts
	}
	return parts
}

// template returns the span name that call sets, in terms of its
// arguments: Tracer.Start names the span with its second argument,
// Span.SetName with its first, a wrapper as its fact says; nil for any
// other call.
func (c *checker) template(call *ast.CallExpr) []FactPart {
	switch c.idx.Key(call) {
	case apis.TracerStart:
		return []FactPart{{Kind: factParam, Param: 1}}
	case apis.SpanSetName:
		return []FactPart{{Kind: factParam, Param: 0}}
	}
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return nil
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			return nil // T.Method(recv, args...): arguments shifted
		}
	}
	fn = fn.Origin()
	if fn.Pkg() != c.pass.Pkg {
		return c.importedFact(fn)
	}
	var f nameFact
	if !c.pass.ImportObjectFact(fn, &f) {
		return nil // not (yet) known to be a wrapper
	}
	return f.Parts
}

// substitute evaluates the span name a call builds, in the context of the
// caller.
func (c *checker) substitute(cs callSite, tmpl []FactPart) []part {
	ev := c.evaluator(cs.fd)
	var out []part
	for _, t := range tmpl {
		switch t.Kind {
		case factLit:
			out = append(out, part{kind: lit, s: t.Lit, arg: -1})
		case factBounded:
			out = append(out, part{kind: bounded, arg: -1})
		case factParam:
			if t.Param >= len(cs.call.Args) || (cs.call.Ellipsis.IsValid() && t.Param == len(cs.call.Args)-1) {
				return []part{{kind: opaque, arg: -1}}
			}
			for _, p := range ev.eval(cs.call.Args[t.Param], 0) {
				p.arg = t.Param
				out = append(out, p)
			}
		}
	}
	return out
}

// wrapperFact returns the fact of a function whose span name is parts, if
// it depends on the function's parameters and on nothing unbounded.
func wrapperFact(parts []part) *nameFact {
	parts = dropEmpty(parts)
	hasParam := false
	for _, p := range parts {
		switch p.kind {
		case param:
			hasParam = true
		case unbounded:
			return nil
		case opaque:
			if len(parts) > 1 {
				return nil // reported as dynamic in the body
			}
		}
	}
	if !hasParam {
		return nil
	}
	f := &nameFact{}
	for _, p := range parts {
		switch p.kind {
		case lit:
			f.Parts = append(f.Parts, FactPart{Kind: factLit, Lit: p.s})
		case param:
			f.Parts = append(f.Parts, FactPart{Kind: factParam, Param: p.idx, Name: p.name})
		default:
			f.Parts = append(f.Parts, FactPart{Kind: factBounded})
		}
	}
	return f
}

// paramsAsValues treats the parameters in a name built from several parts
// as values rather than names, unless fd is a span helper: a function that
// returns a span or runs a callback. func get(ctx, id string) naming its
// span "Order." + id builds a dynamic name; func startDB(ctx, op string)
// (context.Context, trace.Span) naming it "Database." + op is a helper
// whose callers say the operation.
func (c *checker) paramsAsValues(fd *ast.FuncDecl, parts []part) []part {
	if len(parts) < 2 || !slices.ContainsFunc(parts, func(p part) bool { return p.kind == param }) || c.helper(fd) {
		return parts
	}
	out := slices.Clone(parts)
	for i := range out {
		if out[i].kind == param {
			out[i].kind = opaque
		}
	}
	return out
}

// helper reports whether fd returns a trace.Span or takes a function.
func (c *checker) helper(fd *ast.FuncDecl) bool {
	if fd == nil {
		return false
	}
	fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if fn == nil {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return false
	}
	for v := range sig.Results().Variables() {
		if n, ok := types.Unalias(v.Type()).(*types.Named); ok && n.Obj().Pkg() != nil &&
			n.Obj().Pkg().Path() == apis.TracePkg && n.Obj().Name() == "Span" {
			return true
		}
	}
	for v := range sig.Params().Variables() {
		if _, ok := v.Type().Underlying().(*types.Signature); ok {
			return true
		}
	}
	return false
}

// dropEmpty removes the empty constants of a name of several parts.
func dropEmpty(parts []part) []part {
	var out []part
	for _, p := range parts {
		if p.kind == lit && p.s == "" && len(parts) > 1 {
			continue
		}
		out = append(out, p)
	}
	return out
}
