package apis_test

import (
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/otellint/otellint/internal/apis"
)

// realFunc loads the packages of the testdata module and returns a lookup
// of the function or method a key names in the real library.
func realFunc(t *testing.T, patterns ...string) func(key string) *types.Func {
	t.Helper()
	fn, _ := realObjects(t, patterns...)
	return fn
}

// realObjects loads the packages like realFunc and returns two lookups:
// of functions and methods by key, and of named types by "path.Type".
func realObjects(t *testing.T, patterns ...string) (func(key string) *types.Func, func(key string) types.Type) {
	t.Helper()
	byPath := depsTypes(t, patterns...)
	typeOf := func(key string) types.Type {
		dot := strings.LastIndexByte(key, '.')
		if dot < 0 || byPath[key[:dot]] == nil {
			return nil
		}
		tn, ok := byPath[key[:dot]].Scope().Lookup(key[dot+1:]).(*types.TypeName)
		if !ok {
			return nil
		}
		return tn.Type()
	}
	return func(key string) *types.Func {
		path, typ, name := split(key)
		pkg := byPath[path]
		if pkg == nil {
			return nil
		}
		if typ == "" {
			fn, _ := pkg.Scope().Lookup(name).(*types.Func)
			return fn
		}
		tn, ok := pkg.Scope().Lookup(typ).(*types.TypeName)
		if !ok {
			return nil
		}
		recv := tn.Type()
		if !types.IsInterface(recv) {
			recv = types.NewPointer(recv)
		}
		obj, _, _ := types.LookupFieldOrMethod(recv, true, pkg, name)
		fn, _ := obj.(*types.Func)
		return fn
	}, typeOf
}

// TestCallShapes proves the call-shape table against the signatures of
// the real zap, otelzap, slog, logrus, zerolog, log, fmt and baggage: the
// key of a field is a string parameter, pairs and print arguments are
// ...any, a format or a message is the string before the variadic
// parameter, and a value is written whole exactly where its parameter is
// an empty interface.
func TestCallShapes(t *testing.T) {
	lookup := realFunc(t, "otellint.test/deps", "log/slog", "log", "fmt", "github.com/rs/zerolog/log")
	keys := apis.ShapedKeys()
	if len(keys) < 250 {
		t.Fatalf("only %d shaped keys", len(keys))
	}
	for _, key := range keys {
		s, _ := apis.ShapeOf(key)
		if !apis.IsKnown(key) {
			t.Errorf("%s: has a shape but is not a known key, so no call is ever given it", key)
		}
		fn := lookup(key)
		if fn == nil {
			t.Errorf("%s: not found in the testdata module", key)
			continue
		}
		if problem := shapeProblem(fn.Type().(*types.Signature), s); problem != "" {
			t.Errorf("%s %v: %s", key, fn.Type(), problem)
		}
	}
}

// shapeProblem says how sig does not fit s, or returns "".
func shapeProblem(sig *types.Signature, s apis.CallShape) string {
	params := sig.Params()
	vi := -1 // the variadic parameter
	var elem types.Type
	if sig.Variadic() {
		vi = params.Len() - 1
		elem = params.At(vi).Type().(*types.Slice).Elem()
	}
	str := func(i int) bool {
		if i < 0 || i >= params.Len() {
			return false
		}
		b, ok := params.At(i).Type().Underlying().(*types.Basic)
		return ok && b.Info()&types.IsString != 0
	}
	if s.Writer {
		if params.Len() == 0 || types.TypeString(params.At(0).Type(), nil) != "io.Writer" {
			return "the first parameter is not an io.Writer"
		}
	}
	switch s.Args {
	case apis.FieldArgs:
		if params.Len() < 2 || !str(0) {
			return "a field's first parameter is not a string key"
		}
		if s.Whole != emptyInterface(params.At(1).Type()) {
			return "whole does not say whether the value is an empty interface"
		}
	case apis.PairArgs, apis.GroupArgs:
		if !emptyInterface(elem) || !s.Whole {
			return "pairs are not ...any written whole"
		}
		if s.Args == apis.GroupArgs && (vi != 1 || !str(0)) {
			return "a group is not a string key then pairs"
		}
	case apis.FormatArgs:
		if !emptyInterface(elem) || !str(vi-1) || s.Whole {
			return "a format is not a string before ...any (its verbs say what is whole)"
		}
	case apis.PrintArgs:
		if !emptyInterface(elem) || str(vi-1) || !s.Whole {
			return "print arguments are not ...any after no string, written whole"
		}
	case apis.MessageArgs:
		msg := params.Len() - 1
		if vi >= 0 {
			msg = vi - 1
			if emptyInterface(elem) {
				return "the fields after a message are ...any: pairs, not typed fields"
			}
		}
		if !str(msg) || s.Whole {
			return "the message is not a string before the fields"
		}
	case apis.LoggerPairArgs:
		if !emptyInterface(elem) || !s.Whole || vi != 1 {
			return "a logger's pairs are not one logger then ...any written whole"
		}
	case apis.MapArgs:
		if params.Len() != 1 {
			return "a field map is not the one parameter"
		}
		mt, ok := types.Unalias(params.At(0).Type()).(*types.Map)
		if !ok || !str0(mt.Key()) || !emptyInterface(mt.Elem()) || !s.Whole {
			return "a field map is not one map from string keys to values of any type, written whole"
		}
	case apis.ValueArgs:
		if vi >= 0 || params.Len() == 0 || !emptyInterface(params.At(params.Len()-1).Type()) || !s.Whole {
			return "a value is not the last parameter, of any type, written whole"
		}
	case apis.MemberArgs:
		if !str(0) || !str(1) || s.Whole {
			return "a member is not a string key and value"
		}
	default:
		return "no layout"
	}
	return ""
}

// str0 reports whether t is a string type.
func str0(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// emptyInterface reports whether t is any or interface{}.
func emptyInterface(t types.Type) bool {
	if t == nil {
		return false
	}
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.NumMethods() == 0
}

// TestFieldTypes proves the field types against the real zap, slog and
// logrus: their constructors return them, and a field map is a map from
// keys to values of any type.
func TestFieldTypes(t *testing.T) {
	lookup := realFunc(t, "otellint.test/deps", "log/slog")
	for key, typ := range map[string]string{
		"go.uber.org/zap.String": "go.uber.org/zap/zapcore.Field",
		"log/slog.String":        "log/slog.Attr",
	} {
		fn := lookup(key)
		if fn == nil {
			t.Errorf("%s: not found", key)
			continue
		}
		res := fn.Signature().Results().At(0).Type()
		if !apis.IsFieldType(res) || !slices.Contains(apis.FieldTypes, typ) {
			t.Errorf("%s returns %v, not a field type", key, res)
		}
	}
	withFields := lookup(apis.LogrusWithFields[0])
	if withFields == nil {
		t.Fatalf("%s: not found", apis.LogrusWithFields[0])
	}
	fields := withFields.Signature().Params().At(0).Type()
	m, ok := fields.Underlying().(*types.Map)
	if !apis.IsFieldMap(fields) || !ok || !emptyInterface(m.Elem()) {
		t.Errorf("logrus.WithFields takes %v, not a field map", fields)
	}
	if apis.IsFieldType(types.Typ[types.String]) || apis.IsFieldMap(types.NewMap(types.Typ[types.String], types.Typ[types.String])) {
		t.Error("an unnamed type taken for a field type")
	}
}
