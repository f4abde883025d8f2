package piilog

import (
	"go/types"
	"reflect"
	"strings"
)

// closedStruct reports whether t, the type a response body was decoded
// into, is a closed struct: a struct (or a pointer, slice or array of
// them) that holds only what it declares, so that logging it whole logs
// exactly its fields (see [checker.closedType]). A bare string, number
// or byte slice is not a struct: it is the body itself.
func (c *checker) closedStruct(t types.Type) bool {
	for {
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Struct:
			return c.closedType(t, map[types.Type]bool{})
		default:
			return false
		}
	}
}

// closedType reports whether the values of t hold only what t declares:
// booleans, numbers, strings, times and durations, and pointers, arrays,
// slices and structs of them whose fields, exported or not, are not
// named (by field name or by their json or xml tag) as personal or secret
// data. Maps, interfaces (any, error), byte slices such as
// json.RawMessage, type parameters, channels and functions are open: they
// hold whatever the other side sent. seen stops at a type met again.
//
//	struct{ Latest string; Info string; Available bool }   closed
//	struct{ Price float64; At time.Time; Tags []string }   closed
//	struct{ Data map[string]any }                          open
//	struct{ Raw json.RawMessage }                          open
//	struct{ Name string; Email string }                    open (Email)
func (c *checker) closedType(t types.Type, seen map[types.Type]bool) bool {
	t = types.Unalias(t)
	if safeType(t) {
		return true // a boolean, a number, a time or a duration
	}
	if seen[t] {
		return true // a recursive type: the rest of it is checked already
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Pointer:
		return c.closedType(u.Elem(), seen)
	case *types.Array:
		return c.closedType(u.Elem(), seen)
	case *types.Slice:
		if b, ok := types.Unalias(u.Elem()).Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
			return false // raw bytes: json.RawMessage, []byte
		}
		return c.closedType(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			f := u.Field(i)
			if !safeType(f.Type()) && c.personalName(f.Name(), u.Tag(i)) {
				return false
			}
			if !c.closedType(f.Type(), seen) {
				return false
			}
		}
		return true
	}
	return false
}

// personalName reports whether a struct field names personal or secret
// data, by its Go name or by the name its json or xml tag gives it in the
// body: `json:"email"`.
func (c *checker) personalName(name string, tag string) bool {
	if _, ok := c.m.match(name, false); ok {
		return true
	}
	st := reflect.StructTag(tag)
	for _, key := range []string{"json", "xml"} {
		wire, _, _ := strings.Cut(st.Get(key), ",")
		if wire == "" || wire == "-" {
			continue
		}
		if _, ok := c.m.match(wire, false); ok {
			return true
		}
	}
	return false
}
