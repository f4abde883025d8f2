package piilog

import (
	"go/types"
	"reflect"

	"github.com/otellint/otellint/internal/apis"
)

// personalFields returns the names of the fields of t (a struct, a
// pointer to one, or a slice, array or map of them) that name personal or
// secret data and would be written by reflection: exported, not tagged
// json:"-". A type that controls its own logging, with a method of
// [apis.SelfLogging] (String, Error, LogValue, MarshalJSON...), has none.
func (c *checker) personalFields(t types.Type) []string {
	return c.fields(t, true)
}

// declaredPersonalFields is like personalFields but ignores the methods
// through which a type logs itself: it says whether the type holds
// personal data.
func (c *checker) declaredPersonalFields(t types.Type) []string {
	return c.fields(t, false)
}

// otherPersonalFields reports whether the struct type t (or what it
// points to) has a field of a person's data (not a secret) other than the
// one named except: a User with an Email makes its Address a person's,
// while a Config with a Token says nothing about its ListenAddr.
func (c *checker) otherPersonalFields(t types.Type, except string) bool {
	for _, f := range c.declaredPersonalFields(t) {
		if e, ok := c.m.match(f, false); f != except && ok && !e.secret {
			return true
		}
	}
	return false
}

// fields returns the personal fields of t, memoised: reflected says
// whether only the fields written by reflection count.
func (c *checker) fields(t types.Type, reflected bool) []string {
	if t == nil {
		return nil
	}
	memo := c.allStructs
	if reflected {
		memo = c.structs
	}
	if fs, ok := memo[t]; ok {
		return fs
	}
	memo[t] = nil // cycles
	fs := c.computePersonalFields(t, reflected)
	memo[t] = fs
	return fs
}

// computePersonalFields computes [checker.fields]: it looks through
// pointers and containers, and stops at a type that logs itself.
func (c *checker) computePersonalFields(t types.Type, reflected bool) []string {
	t = types.Unalias(t)
	switch u := t.(type) {
	case *types.Pointer:
		return c.fields(u.Elem(), reflected)
	case *types.Slice:
		return c.fields(u.Elem(), reflected)
	case *types.Array:
		return c.fields(u.Elem(), reflected)
	case *types.Map:
		return c.fields(u.Elem(), reflected)
	}
	if n, ok := t.(*types.Named); ok && reflected {
		ms := types.NewMethodSet(types.NewPointer(n))
		for _, name := range apis.SelfLoggingMethods() {
			if ms.Lookup(n.Obj().Pkg(), name) != nil {
				return nil
			}
		}
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var out []string
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if reflected && (!f.Exported() || reflect.StructTag(st.Tag(i)).Get("json") == "-") {
			continue
		}
		if f.Embedded() {
			out = append(out, c.fields(f.Type(), reflected)...)
			continue
		}
		if safeType(f.Type()) {
			continue
		}
		if e, ok := c.m.match(f.Name(), false); ok && !e.addr {
			out = append(out, f.Name())
		}
	}
	return out
}
