package semconv

import (
	"go/ast"
	"go/constant"
	"go/types"
	"unicode"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
)

// A key with upper-case letters breaks the naming rules, but a package
// can have a convention of its own: Ory's event schema declares its keys
// as constants (attributeKeySessionID AttributeKey = "SessionID"), which
// its live event streams deliver to customers, and an inline key of the
// same shape beside them ("Error") follows that schema; lower-casing it
// alone would split it. So a written key with upper-case letters is
// judged at the end of the package against the keys the package sets
// through declared constants: when there are at least two and they all
// share the key's case style, the key follows the package's convention
// and is not reported. A camelCase key among lower-case ones ("storeID"
// beside "store_id") is reported.

//
// A package that exports the same measurements through Prometheus and
// OpenTelemetry names their labels and attributes alike: KEDA's
// scaledObject label and its scaledObject attribute are one published
// name that the users' dashboards and alerts match under both exporters.
// A written key that is the name of a label of the package's Prometheus
// metrics (the label names given to a New*Vec constructor, the keys of a
// prometheus.Labels literal) follows that name and is not reported for
// its case; renaming it alone would split the two.

// minConvention is the number of declared keys that make a convention.
const minConvention = 2

// noteDeclared records a key the package sets through a declared constant.
func (c *checker) noteDeclared(key string) {
	if c.declared == nil {
		c.declared = map[string]bool{}
	}
	c.declared[key] = true
}

// noteMethodKey records the key of a key expression that is a method
// call on a string constant of the package, such as a typed key of the
// team's converted to a string (attributeKeySessionID.String()), whose
// value is not a constant but whose key is the constant's.
func (c *checker) noteMethodKey(e ast.Expr) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return
	}
	cst, ok := c.pass.TypesInfo.Uses[id].(*types.Const)
	if !ok || cst.Pkg() != c.pass.Pkg || cst.Val().Kind() != constant.String {
		return
	}
	c.noteDeclared(constant.StringVal(cst.Val()))
}

// notePromLabelNames records the label names of a New*Vec constructor
// given as a slice literal.
func (c *checker) notePromLabelNames(e ast.Expr) {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		for _, el := range lit.Elts {
			c.notePromLabel(el)
		}
	}
}

// notePromLabels records the keys of a prometheus.Labels literal.
func (c *checker) notePromLabels(lit *ast.CompositeLit) {
	if tv, ok := c.pass.TypesInfo.Types[lit]; !ok || !apis.IsPromLabels(tv.Type) {
		return
	}
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			c.notePromLabel(kv.Key)
		}
	}
}

// notePromLabel records a label name given as a constant.
func (c *checker) notePromLabel(e ast.Expr) {
	name, ok := constval.String(c.pass.TypesInfo, e)
	if !ok {
		return
	}
	if c.promLabels == nil {
		c.promLabels = map[string]bool{}
	}
	c.promLabels[name] = true
}

// reportCase reports the package's written keys with upper-case letters
// that do not follow its convention nor name a Prometheus label of the
// package.
func (c *checker) reportCase() {
	for _, s := range c.upper {
		if !c.followsConvention(s.key) && !c.promLabels[s.key] {
			c.emit(s, CategoryKeySyntax, syntaxMessage(s.key, problemUpperCase))
		}
	}
	c.upper = nil
}

// followsConvention reports whether the keys the package declares are
// enough and all of the case style of key.
func (c *checker) followsConvention(key string) bool {
	if len(c.declared) < minConvention {
		return false
	}
	style := caseStyle(key)
	for k := range c.declared {
		if caseStyle(k) != style {
			return false
		}
	}
	return true
}

// caseStyle classifies a key: "lower" without upper-case letters,
// "pascal" when its first letter is upper-case (SessionID), "camel"
// otherwise (storeID).
func caseStyle(key string) string {
	first, upper := rune(0), false
	for _, r := range key {
		if unicode.IsLetter(r) && first == 0 {
			first = r
		}
		upper = upper || unicode.IsUpper(r)
	}
	switch {
	case !upper:
		return "lower"
	case unicode.IsUpper(first):
		return "pascal"
	}
	return "camel"
}
