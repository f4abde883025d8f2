package metricdef

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// The unit of a recorded value, by local data flow. Only a few shapes
// say what a number measures, and each is followed precisely:
//
//	d.Seconds(), d.Milliseconds()...     the unit of the method
//	float64(d), int64(time.Since(t))     a time.Duration counts nanoseconds
//	x / 1e6, x * 1000, d / time.Millisecond
//	                                     the unit of x, scaled (1e6 ns = 1 ms)
//	len(body)                            bytes, for a []byte or a string; a count otherwise
//	ms := d.Milliseconds(); h.Record(ctx, float64(ms))
//	                                     a local variable assigned once in the function
//
// Anything else (a parameter, a field, a call, a sum with a constant) has
// no known unit, and the checks that need one stay silent.

// valued is a value of known unit, and how it was read, for messages.
type valued struct {
	q   quantity
	how string // "time.Duration.Milliseconds", "a time.Duration (nanoseconds)", "len of a []byte"
}

// maxFlow bounds how many local variables are followed from a value.
const maxFlow = 4

// valueUnit returns the unit of the value e recorded at cur.
func (c *checker) valueUnit(cur inspector.Cursor, e ast.Expr) (valued, bool) {
	return c.unitOf(cur, e, maxFlow)
}

func (c *checker) unitOf(cur inspector.Cursor, e ast.Expr, depth int) (valued, bool) {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.BinaryExpr:
		return c.scaled(cur, x, depth)
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.unitOf(cur, x.Args[0], depth) // float64(v), int64(v)
		}
		if s, ok := apis.DurationMethods[c.idx.Key(x)]; ok {
			return valued{quantity{dimTime, s}, "time.Duration." + calleeName(x)}, true
		}
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && len(x.Args) == 1 {
			if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "len" {
				if isBytes(info.TypeOf(x.Args[0])) {
					return valued{quantity{dimBytes, 1}, "the length of a " + info.TypeOf(x.Args[0]).String()}, true
				}
				return valued{quantity{dim: dimCount}, "a length"}, true
			}
		}
	case *ast.Ident:
		if depth > 0 {
			if def := astx.SingleDef(c.pass.TypesInfo, cur, x); def != nil {
				return c.unitOf(cur, def, depth-1)
			}
		}
	}
	if t := info.TypeOf(e); t != nil && apis.IsDuration(t) && info.Types[e].Value == nil {
		return valued{quantity{dimTime, 1e-9}, "a time.Duration, which counts nanoseconds"}, true
	}
	return valued{}, false
}

// scaled returns the unit of x / k, x * k or k * x, where k is a
// constant (time.Millisecond is the constant 1e6): the unit of x divided
// or multiplied by k. A sum or difference of two values of the same unit
// keeps it.
func (c *checker) scaled(cur inspector.Cursor, x *ast.BinaryExpr, depth int) (valued, bool) {
	switch x.Op {
	case token.QUO, token.MUL:
		v, k := x.X, x.Y
		kv, ok := c.constFloat(k)
		if !ok && x.Op == token.MUL {
			v, k = x.Y, x.X
			kv, ok = c.constFloat(k)
		}
		if !ok || kv == 0 {
			return valued{}, false
		}
		u, ok := c.unitOf(cur, v, depth)
		if !ok || u.q.dim == dimCount {
			return valued{}, false
		}
		if x.Op == token.QUO {
			u.q.scale *= kv
		} else {
			u.q.scale /= kv
		}
		if !standard(u.q) {
			return valued{}, false
		}
		u.how = "a value converted to " + unitName(u.q)
		return u, true
	case token.ADD, token.SUB:
		a, ok1 := c.unitOf(cur, x.X, depth)
		b, ok2 := c.unitOf(cur, x.Y, depth)
		if ok1 && ok2 && a.q.same(b.q) {
			return a, true
		}
	}
	return valued{}, false
}

// standard reports whether q is a unit with a UCUM code: after scaling,
// a value in 1/1024 of a second has no meaningful unit.
func standard(q quantity) bool {
	for _, u := range ucumUnits {
		if u.same(q) {
			return true
		}
	}
	return false
}

// unitName returns the UCUM code of q.
func unitName(q quantity) string {
	best := ""
	for code, u := range ucumUnits {
		if u.same(q) && (best == "" || len(code) < len(best)) {
			best = code
		}
	}
	return best
}

// isBytes reports whether t is a []byte or a string.
func isBytes(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// calleeName returns the name of the function or method call calls.
func calleeName(call *ast.CallExpr) string {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		return f.Sel.Name
	case *ast.Ident:
		return f.Name
	}
	return ""
}
