package semconv

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	registry "github.com/otellint/otellint/internal/semconv"
)

// Two semconv versions in one module harm its users when they make it
// emit one concept under two names: http.method from a package on
// v1.17.0, http.request.method from one on v1.26.0, which dashboards and
// queries see as two attributes. Versions that differ only in number do
// not: webengine.name is the same key in both. So an import of an older
// version is reported as mixed-versions only when a key the file uses
// from it differs in the newer version:
//
//   - a key that the registry of the newest conventions deprecates, or no
//     longer defines. A key current in that registry has not been renamed
//     since the version that defines it, so it is the same in every newer
//     version;
//   - when the package imports the newer version itself, and so has its
//     types at hand, such a key only if the newer version no longer
//     declares a constant of it (the Go packages drop a key when the
//     conventions deprecate it), and an enum member that the newer
//     version lacks.
//
// The SchemaURL of the older version is not such a use: it names the
// version the resource's attributes follow, and those are checked key by
// key; a resource that cannot be merged with one of another schema URL is
// schema-conflict's finding. An old key set beside its replacement is
// deliberate dual emission (dualemission.go), not a mix. A key that
// deprecated-attribute reports where it is set is not reported again at
// the import: that finding names the new key, and moving the import is its
// fix; the import is reported for the uses that check does not see (an
// enum member whose value changed, a key dropped from the conventions, a
// key kept in a variable or read rather than set). The helpers that
// build several attributes (the subpackages such as httpconv) are not
// looked into: what they emit is not known here, and their imports are not
// reported.

// keyUse is a reference to a key of a semconv package: a key constant
// (HTTPMethodKey), a helper (HTTPMethod) or an enum member
// (NetTransportTCP).
type keyUse struct {
	obj types.Object
	key string
	id  *ast.Ident
}

// differingUse returns the first reference, in the file at file, to a key
// of the semconv package older whose key differs in a newer version:
// newer is the package of that version when the package being checked
// imports it, nil when only its number is known. why says how the key
// differs, for the message.
func (c *checker) differingUse(file inspector.Cursor, older, newer *types.Package) (u keyUse, why string, ok bool) {
	for cur := range file.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		obj := c.pass.TypesInfo.Uses[id]
		if obj == nil || obj.Pkg() != older {
			continue
		}
		key, ok := semconvKey(obj)
		if !ok {
			continue // SchemaURL, a type, a helper of several keys
		}
		at := attributeAt(cur)
		if c.reported[at.Node().Pos()] {
			continue // deprecated-attribute's finding where it is set says it
		}
		u := keyUse{obj: obj, key: key, id: id}
		why, new, ok := differs(u, newer)
		if ok && (new == "" || !c.dualEmission(&keySite{key: key, at: at}, new)) {
			return u, why, true
		}
	}
	return keyUse{}, "", false
}

// attributeAt returns the expression that builds an attribute from the
// reference id of a semconv key: the call of a helper (semconv.HTTPMethod(m))
// or of a method of a key constant (semconv.HTTPMethodKey.String(m)), or
// the reference itself (an enum member).
func attributeAt(id inspector.Cursor) inspector.Cursor {
	at := id
	if id.ParentEdgeKind() == edge.SelectorExpr_Sel {
		at = id.Parent() // pkg.X
	}
	if at.ParentEdgeKind() == edge.SelectorExpr_X {
		if p := at.Parent(); p.ParentEdgeKind() == edge.CallExpr_Fun {
			return p.Parent() // pkg.XKey.String(v)
		}
	}
	if at.ParentEdgeKind() == edge.CallExpr_Fun {
		return at.Parent() // pkg.X(v)
	}
	return at
}

// semconvKey returns the attribute key that obj, an object of a semconv
// package, stands for: the value of a key constant, the key of a helper
// or of an enum member.
func semconvKey(obj types.Object) (string, bool) {
	if obj.Parent() != obj.Pkg().Scope() {
		return "", false // a field or method
	}
	switch obj := obj.(type) {
	case *types.Const:
		if obj.Val().Kind() == constant.String && isNamed(obj.Type(), apis.AttributePkg, "Key") {
			return constant.StringVal(obj.Val()), true
		}
	case *types.Func:
		if isKeyValue(obj.Signature().Results()) {
			return keyConst(obj.Pkg(), obj.Name())
		}
	case *types.Var:
		if isNamed(obj.Type(), apis.AttributePkg, "KeyValue") {
			return memberKey(obj)
		}
	}
	return "", false
}

// differs reports whether the key of u is another in a newer version of
// the conventions (newer, when its types are at hand); why says how, for
// the message ("renamed \"http.request.method\" by the semantic
// conventions", or "" for an enum member that newer lacks), and new is the
// key it was renamed to, if it was.
func differs(u keyUse, newer *types.Package) (why, new string, ok bool) {
	a, known := registry.Attribute(u.key)
	current := known && !deprecated(a.Deprecated)
	switch {
	case current:
	case !known:
		why = "dropped from the semantic conventions"
	case a.Deprecated.Reason == registry.Renamed && a.Deprecated.RenamedTo != "":
		new = a.Deprecated.RenamedTo + strings.TrimPrefix(u.key, a.Key)
		why = fmt.Sprintf("renamed %q by the semantic conventions", new)
	default:
		why = "deprecated by the semantic conventions"
	}
	if newer == nil {
		return why, new, !current
	}
	if _, ok := u.obj.(*types.Var); ok && !hasMember(newer, u.obj.Name()) {
		return why, new, true
	}
	if current {
		return "", "", false
	}
	// The newer version still declares the key: it is deprecated after it.
	_, kept := keyConstOf(newer)[u.key]
	return why, new, !kept
}

// hasMember reports whether pkg declares the enum member name.
func hasMember(pkg *types.Package, name string) bool {
	v, ok := pkg.Scope().Lookup(name).(*types.Var)
	return ok && isNamed(v.Type(), apis.AttributePkg, "KeyValue")
}

// importedRoot returns the semconv package of version that the package
// being checked imports, or nil when it imports only its subpackages.
func (c *checker) importedRoot(version string) *types.Package {
	for _, p := range c.pass.Pkg.Imports() {
		if v, root, ok := apis.SemconvVersion(p.Path()); ok && root && v == version {
			return p
		}
	}
	return nil
}

// useText describes a differing use for a message: `HTTPMethodKey (key
// "http.method")`.
func useText(u keyUse) string {
	return fmt.Sprintf("%s (key %q)", u.obj.Name(), u.key)
}
