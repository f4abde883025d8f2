package semconv

import (
	"github.com/otellint/otellint/internal/astx"
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
	registry "github.com/otellint/otellint/internal/semconv"
)

// keyForm says how an attribute key is written, which decides who owns it
// (the team or a semconv package) and how a fix rewrites it.
type keyForm int

const (
	// formWritten: the key is written by the team, a string literal or
	// a constant expression of its own.
	formWritten keyForm = iota
	// formForeign: a constant of another package that is not semconv.
	formForeign
	// formSemconvConst: a key constant of a semconv package
	// (semconv.HTTPMethodKey).
	formSemconvConst
	// formSemconvHelper: a helper of a semconv package whose key is the
	// constant named after it (semconv.HTTPMethod(v), HTTPMethodKey).
	formSemconvHelper
	// formSemconvMember: an enum member of a semconv package, a
	// package-level attribute.KeyValue (semconv.NetTransportTCP).
	formSemconvMember
)

// keySite is an attribute key found where an attribute is built.
type keySite struct {
	key  string
	expr ast.Expr // the key expression: where the finding is reported
	form keyForm
	// typ is the value type the code sets, valid when typed is true:
	// attribute.String sets a string; a semconv helper, a KeyValue
	// literal or an enum member set what they set, unchecked.
	typ   registry.Type
	typed bool
	// ref is the semconv constant, helper or member referenced, and
	// qual the identifier of its package in the selector, for the
	// semconv forms.
	ref  types.Object
	qual *ast.Ident
	// lit is the string literal that holds the key, for a key written as
	// one (directly or converted: attribute.Key("k")).
	lit *ast.BasicLit
	// call is the helper call, for formSemconvHelper.
	call *ast.CallExpr
	// named is set when the key, or a part of it, is a declared constant
	// rather than written in place.
	named bool
	// at is the expression that builds the attribute, when known.
	at inspector.Cursor
}

// valueTypes maps the attribute constructors (functions of the attribute
// package and methods of attribute.Key, by name) to the type they set.
// Map, Slice and ByteSlice set values of no registry type.
var valueTypes = map[string]registry.Type{
	"String": registry.TypeString, "Stringer": registry.TypeString,
	"Int": registry.TypeInt, "Int64": registry.TypeInt,
	"Float64": registry.TypeDouble, "Bool": registry.TypeBool,
	"StringSlice": registry.TypeStringSlice,
	"IntSlice":    registry.TypeIntSlice, "Int64Slice": registry.TypeIntSlice,
	"Float64Slice": registry.TypeDoubleSlice, "BoolSlice": registry.TypeBoolSlice,
}

// attributeCall returns the key of a call that builds an attribute:
//
//	attribute.String("k", v)        key "k", sets a string
//	attribute.Key("k").Int(v)       key "k", sets an int
//	semconv.HTTPMethodKey.String(v) key "http.method", sets a string
//	semconv.HTTPMethod(v)           key of HTTPMethodKey
func (c *checker) attributeCall(call *ast.CallExpr, fn *types.Func) (*keySite, bool) {
	k := c.idx.Key(call)
	switch {
	case k == "":
		return c.helperCall(call, fn)
	case slices.Contains(apis.AttributeFuncs, k):
		if len(call.Args) == 0 {
			return nil, false
		}
		return c.keyExpr(call.Args[0], funcName(k))
	case slices.Contains(apis.AttributeKeyMethods, k):
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil, false
		}
		return c.keyExpr(sel.X, funcName(k))
	}
	return nil, false
}

// keyExpr resolves the key expression e of a constructor named ctor.
func (c *checker) keyExpr(e ast.Expr, ctor string) (*keySite, bool) {
	info := c.pass.TypesInfo
	key, ok := constval.String(info, e)
	if !ok {
		c.noteMethodKey(e)
		return nil, false // built at run time: unknown
	}
	s := &keySite{key: key, expr: e}
	s.typ, s.typed = valueTypes[ctor]
	e = astx.Unconvert(info, e)
	s.named = refersToConst(info, e)
	switch e := e.(type) {
	case *ast.BasicLit:
		s.lit = e
		s.expr = e
	case *ast.Ident, *ast.SelectorExpr:
		id, qual := refIdent(e)
		if cst, ok := info.Uses[id].(*types.Const); ok && cst.Pkg() != nil {
			s.ref, s.qual = cst, qual
			switch {
			case isSemconvRoot(cst.Pkg()):
				s.form = formSemconvConst
			case !c.own(cst.Pkg()):
				s.form = formForeign
			}
		}
	}
	return s, true
}

// helperCall returns the key of a helper of a semconv package:
// HTTPMethod(v) builds the attribute of the constant HTTPMethodKey.
func (c *checker) helperCall(call *ast.CallExpr, fn *types.Func) (*keySite, bool) {
	if fn == nil || fn.Pkg() == nil || !isSemconvRoot(fn.Pkg()) || fn.Signature().Recv() != nil {
		return nil, false
	}
	key, ok := keyConst(fn.Pkg(), fn.Name())
	if !ok || !isKeyValue(fn.Signature().Results()) {
		return nil, false
	}
	id, qual := refIdent(ast.Unparen(call.Fun))
	if id == nil {
		return nil, false
	}
	return &keySite{key: key, expr: call.Fun, form: formSemconvHelper, ref: fn, qual: qual, call: call}, true
}

// enumMember returns the key of a member of an enum of a semconv
// package: NetTransportTCP is NetTransportKey.String("ip_tcp"), a
// package-level attribute.KeyValue whose name extends the name of its
// key constant. A selector that is the operand of another is not one
// (semconv.X.Key reads the member, it does not build one).
func (c *checker) enumMember(cur inspector.Cursor, sel *ast.SelectorExpr) (*keySite, bool) {
	if _, ok := sel.X.(*ast.Ident); !ok {
		return nil, false // a package-level variable is selected from its package's name only
	}
	v, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Var)
	if !ok || v.Pkg() == nil || !isSemconvRoot(v.Pkg()) || v.Parent() != v.Pkg().Scope() || !isNamed(v.Type(), apis.AttributePkg, "KeyValue") {
		return nil, false
	}
	if _, ok := cur.Parent().Node().(*ast.SelectorExpr); ok {
		return nil, false
	}
	key, ok := memberKey(v)
	if !ok {
		return nil, false
	}
	id, qual := refIdent(sel)
	if id == nil {
		return nil, false
	}
	return &keySite{key: key, expr: sel, form: formSemconvMember, ref: v, qual: qual}, true
}

// memberKey returns the key of the enum member v of a semconv package:
// the key constant named by the longest prefix of v's name
// (NetTransportTCP is of NetTransportKey).
func memberKey(v *types.Var) (string, bool) {
	name := v.Name()
	for i := len(name) - 1; i > 0; i-- {
		if key, ok := keyConst(v.Pkg(), name[:i]); ok {
			return key, true
		}
	}
	return "", false
}

// keyValueLit returns the key of an attribute.KeyValue literal:
// attribute.KeyValue{Key: "k", Value: ...}.
func (c *checker) keyValueLit(lit *ast.CompositeLit) (*keySite, bool) {
	tv, ok := c.pass.TypesInfo.Types[lit]
	if !ok || !isNamed(tv.Type, apis.AttributePkg, "KeyValue") {
		return nil, false
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Key" {
				return c.keyExpr(kv.Value, "")
			}
		}
	}
	return nil, false
}

// keyConst returns the value of the attribute key constant name+"Key" of
// pkg.
func keyConst(pkg *types.Package, name string) (string, bool) {
	cst, ok := pkg.Scope().Lookup(name + "Key").(*types.Const)
	if !ok || cst.Val().Kind() != constant.String || !isNamed(cst.Type(), apis.AttributePkg, "Key") {
		return "", false
	}
	return constant.StringVal(cst.Val()), true
}

// isKeyValue reports whether a result list is one attribute.KeyValue.
func isKeyValue(res *types.Tuple) bool {
	return res.Len() == 1 && isNamed(res.At(0).Type(), apis.AttributePkg, "KeyValue")
}

// isSemconvRoot reports whether pkg is the package of a semconv version,
// where the keys are declared.
func isSemconvRoot(pkg *types.Package) bool {
	_, root, ok := apis.SemconvVersion(pkg.Path())
	return ok && root
}

// own reports whether pkg belongs to the module being checked.
func (c *checker) own(pkg *types.Package) bool {
	if pkg == c.pass.Pkg {
		return true
	}
	m := c.pass.Module
	return m != nil && m.Path != "" && (pkg.Path() == m.Path || strings.HasPrefix(pkg.Path(), m.Path+"/"))
}

// refersToConst reports whether e mentions a declared constant:
// orderKey, pkg.OrderKey, "shop." + orderKey.
func refersToConst(info *types.Info, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if _, ok := info.Uses[id].(*types.Const); ok {
				found = true
			}
		}
		return !found
	})
	return found
}

// refIdent returns the identifier of a reference X or pkg.X, and the
// package qualifier (nil for X).
func refIdent(e ast.Expr) (id, qual *ast.Ident) {
	switch e := e.(type) {
	case *ast.Ident:
		return e, nil
	case *ast.SelectorExpr:
		q, ok := e.X.(*ast.Ident)
		if !ok {
			return nil, nil
		}
		return e.Sel, q
	}
	return nil, nil
}

// funcName returns the name of the function or method of an API key.
func funcName(key string) string {
	return key[strings.LastIndexByte(key, '.')+1:]
}

// isNamed reports whether t is the named type path.name.
func isNamed(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}
