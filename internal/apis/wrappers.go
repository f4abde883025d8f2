package apis

import (
	"go/types"
	"strings"
	"sync"
)

// ShadowedKey returns the key of the recognised method that fn, a method of
// a logger wrapper, stands in for, or "". A wrapper is a struct that embeds a
// recognised logger and redefines one of its methods with the same
// parameters, which its callers then call instead of the promoted one:
//
//	type Logger struct{ *logrus.Entry }
//	func (l *Logger) WithField(key string, value any) *Logger  // stands in for (*logrus.Entry).WithField
//
// Such a method writes what the embedded one writes, so that a pass reading
// keys and values reads the wrapper's arguments the same way. Only methods
// with a [CallShape] count: a method the embedded logger does not have (a
// redacting WithSensitiveField) stands in for nothing.
func (idx *Index) ShadowedKey(fn *types.Func) string {
	if fn == nil {
		return ""
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return ""
	}
	// The key found is that of a method of the same name with a shape:
	// a method of another name stands in for nothing. The name first: it
	// is cheap, and this is asked of every method called.
	if !shapedMethods()[fn.Name()] {
		return ""
	}
	named, _ := types.Unalias(derefType(sig.Recv().Type())).(*types.Named)
	if named == nil {
		return ""
	}
	st, _ := named.Underlying().(*types.Struct)
	if st == nil {
		return ""
	}
	for f := range st.Fields() {
		if !f.Embedded() {
			continue
		}
		// The method the embedded field would promote, had fn not
		// redefined it.
		obj, _, _ := types.LookupFieldOrMethod(f.Type(), true, f.Pkg(), fn.Name())
		m, ok := obj.(*types.Func)
		if !ok || m == fn {
			continue
		}
		k := idx.FuncKey(m)
		if _, shaped := ShapeOf(k); !shaped {
			continue
		}
		msig := m.Type().(*types.Signature)
		if types.Identical(msig.Params(), sig.Params()) && msig.Variadic() == sig.Variadic() {
			return k
		}
	}
	return ""
}

// shapedMethods holds the names of the methods with a [CallShape]: those
// of the keys "(path.Type).Name" of the call-shape table.
var shapedMethods = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for k := range callShapes {
		if strings.HasPrefix(k, "(") {
			m[k[strings.LastIndexByte(k, '.')+1:]] = true
		}
	}
	return m
})
