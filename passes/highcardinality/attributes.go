package highcardinality

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
)

// attributes checks the attributes given to metric.WithAttributes (or to
// attribute.NewSet for metric.WithAttributeSet): attribute.String("k", v),
// attribute.Key("k").String(v), semconv helpers, and slices spread with
// "attrs...", followed through local and package variables.
func (c *checker) attributes(scope ast.Node, sink *ast.CallExpr, args []ast.Expr, spread bool) {
	for i, a := range args {
		if spread && i == len(args)-1 {
			for _, e := range c.sliceElems(scope, a, 0) {
				c.attribute(scope, sink, e, 0)
			}
			continue
		}
		c.attribute(scope, sink, a, 0)
	}
}

// attribute checks one attribute.KeyValue expression.
func (c *checker) attribute(scope ast.Node, sink *ast.CallExpr, e ast.Expr, depth int) {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok && depth < 4 {
		for _, rhs := range c.assigned(scope, id) {
			c.attribute(scope, sink, rhs, depth+1)
		}
		return
	}
	if fn, f := c.helperCall(e); f != nil {
		c.emitHelper(sink, e.(*ast.CallExpr), fn, f)
		return
	}
	if p := c.problem(scope, e); p != nil {
		c.emitProblem(sink, p)
	}
}

// A problem is an attribute whose key or value is unbounded.
type problem struct {
	category string
	at       ast.Expr // the key or the value
	key      string
	what     string    // for a key: what its values are; for a value: the unbounded expression
	advice   string    // for a value: what to do
	from     token.Pos // for a value: where it comes from, when elsewhere
}

// problem returns what is unbounded in the attribute.KeyValue expression
// e of scope, or nil. A path key given a route path is bounded.
func (c *checker) problem(scope ast.Node, e ast.Expr) *problem {
	info := c.pass.TypesInfo
	key, keyExpr, ok := constval.AttrKey(c.idx, info, e)
	if !ok {
		return nil
	}
	if what, bad := c.m.match(key); bad {
		if v := attrValue(c.idx, info, e); !c.keys || (routeKey(what) && v != nil && c.boundedPath(scope, v)) {
			return nil
		}
		return &problem{category: CategoryUnboundedKey, at: keyExpr, key: key, what: what}
	}
	v := attrValue(c.idx, info, e)
	if v == nil || !c.values {
		return nil
	}
	what, advice, from := c.unbounded(scope, v)
	if what == "" {
		c.noteParam(scope, v, fmt.Sprintf("metric attribute %q", key))
		return nil
	}
	return &problem{category: CategoryUnboundedValue, at: v, key: key, what: what, advice: advice, from: from}
}

// emitProblem reports p, found in the attributes given to sink.
func (c *checker) emitProblem(sink *ast.CallExpr, p *problem) {
	d := analysis.Diagnostic{Pos: p.at.Pos(), End: p.at.End(), Category: p.category}
	if p.category == CategoryUnboundedKey {
		d.Message = fmt.Sprintf("metric attribute %q is %s, whose values are unbounded: each one makes a new time series; %s", p.key, p.what, adviceKey)
		c.emit(sink, d, "the attributes are given to a metric here")
		return
	}
	d.Message = fmt.Sprintf("metric attribute %q is set to %s, whose values are unbounded: each one makes a new time series; %s", p.key, p.what, p.advice)
	if p.from.IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: p.from, Message: "the value comes from here"}}
	}
	c.emit(sink, d, "")
}

// adviceKey is what to do about an unbounded key.
const adviceKey = "record it on the span or in logs and keep metric attributes bounded (route, method, status class)"

// attrValue returns the value expression of an attribute constructor.
func attrValue(idx *apis.Index, info *types.Info, e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	k := idx.Key(call)
	switch {
	case slices.Contains(apis.AttributeFuncs, k) && len(call.Args) == 2:
		return call.Args[1] // attribute.String("k", v)
	case slices.Contains(apis.AttributeKeyMethods, k) && len(call.Args) == 1:
		return call.Args[0] // attribute.Key("k").String(v)
	case k == "" && len(call.Args) == 1:
		if fn := apis.Callee(info, call); fn != nil && fn.Pkg() != nil && strings.HasPrefix(fn.Pkg().Path(), apis.SemconvPrefix) {
			return call.Args[0]
		}
	}
	return nil
}

// attributeSet checks metric.WithAttributeSet(attribute.NewSet(...)),
// directly or through a variable.
func (c *checker) attributeSet(scope ast.Node, sink *ast.CallExpr, e ast.Expr, depth int) {
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.Ident:
		if depth < 4 {
			for _, rhs := range c.assigned(scope, e) {
				c.attributeSet(scope, sink, rhs, depth+1)
			}
		}
	case *ast.UnaryExpr:
		c.attributeSet(scope, sink, e.X, depth+1)
	case *ast.StarExpr:
		c.attributeSet(scope, sink, e.X, depth+1)
	case *ast.CallExpr:
		if c.idx.Is(e, apis.AttributeNewSet) {
			c.attributes(scope, sink, e.Args, e.Ellipsis.IsValid())
		}
	}
}

// sliceElems returns the elements of a []attribute.KeyValue or []string
// expression: a slice literal, append(s, elems...), or a variable given
// such values within the function or at package level.
func (c *checker) sliceElems(scope ast.Node, e ast.Expr, depth int) []ast.Expr {
	if depth > 4 {
		return nil
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return e.Elts
	case *ast.Ident:
		var out []ast.Expr
		for _, rhs := range c.assigned(scope, e) {
			out = append(out, c.sliceElems(scope, rhs, depth+1)...)
		}
		return out
	case *ast.CallExpr:
		if _, f := c.helperCall(e); f != nil {
			return []ast.Expr{e} // the attributes a helper returns: attrsFor(r)...
		}
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok && len(e.Args) > 0 {
			if b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
				out := c.sliceElems(scope, e.Args[0], depth+1)
				rest := e.Args[1:]
				if e.Ellipsis.IsValid() && len(rest) > 0 {
					out = append(out, rest[:len(rest)-1]...)
					out = append(out, c.sliceElems(scope, rest[len(rest)-1], depth+1)...)
				} else {
					out = append(out, rest...)
				}
				return out
			}
		}
	}
	return nil
}
