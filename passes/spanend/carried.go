package spanend

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/otellint/otellint/internal/astx"
)

// Errors carried in a returned value: a function whose last result is a
// struct with an error field returns its failure in that field.
//
//	type checkResult struct {
//		allowed bool
//		err     error
//	}
//
//	return checkResult{err: err} // an error return of the span's function

// errorField returns the index of the error field of the named struct type
// t (or of the struct t points to), or -1. A struct with several error
// fields is left out: which one means failure is not clear.
func errorField(t types.Type) int {
	if _, ok := types.Unalias(t).(*types.Named); !ok {
		return -1
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return -1
	}
	k := -1
	for i := range st.NumFields() {
		if isErrorType(st.Field(i).Type()) {
			if k >= 0 {
				return -1
			}
			k = i
		}
	}
	return k
}

// carriesError reports whether the last result of sig is a struct value
// with one error field.
func carriesError(sig *types.Signature) bool {
	n := sig.Results().Len()
	return n > 0 && errorField(sig.Results().At(n-1).Type()) >= 0
}

// carriedError reports whether e, a returned value of a struct type with
// an error field, sets that field from a possibly non-nil error: a
// composite literal whose error field is anything but a literal nil or a
// variable known to be nil on the path. Any other expression (a variable,
// a call) is taken as carrying no error: the pass cannot tell.
func (c *checker) carriedError(e ast.Expr, known nilVars) bool {
	info := c.pass.TypesInfo
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return false
	}
	k := errorField(info.TypeOf(lit))
	if k < 0 {
		return false
	}
	st := info.TypeOf(lit).Underlying().(*types.Struct)
	for i, el := range lit.Elts {
		var v ast.Expr
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok || id.Name != st.Field(k).Name() {
				continue
			}
			v = kv.Value
		} else if i == k {
			v = el
		} else {
			continue
		}
		if iv := astx.IdentVar(info, v); iv != nil && slices.Contains(known, iv) {
			return false
		}
		return !astx.IsNil(info, v)
	}
	return false
}
