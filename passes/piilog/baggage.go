package piilog

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/constval"
)

// member checks a baggage member or property: its key and value travel in
// headers to every downstream service.
func (c *checker) member(keyExpr, value ast.Expr) {
	if !c.enabled(CategoryPiiBaggage) {
		return
	}
	if key, ok := constval.String(c.pass.TypesInfo, keyExpr); ok {
		if e, ok := c.m.match(key, c.fromPersonalStruct(value)); ok {
			if !c.safe(value) {
				c.report(analysis.Diagnostic{
					Pos:      keyExpr.Pos(),
					End:      keyExpr.End(),
					Category: CategoryPiiBaggage,
					Message:  fmt.Sprintf("baggage key %q carries %s (%s) in headers to every downstream service; keep it in a span attribute or pass an opaque id", key, kindOf(e), e.text),
				})
			}
			return
		}
		if c.m.mentions(key) {
			return // phone.verified: the key says what the value is
		}
	}
	if c.safe(value) {
		return
	}
	if name, personal := c.valueName(value); name != "" {
		if e, ok := c.m.match(name, personal); ok {
			c.report(analysis.Diagnostic{
				Pos:      value.Pos(),
				End:      value.End(),
				Category: CategoryPiiBaggage,
				Message:  fmt.Sprintf("baggage value %s carries %s (%s) in headers to every downstream service; keep it in a span attribute or pass an opaque id", types.ExprString(value), kindOf(e), e.text),
			})
		}
	}
}

// kindOf names what an entry matches.
func kindOf(e entry) string {
	if e.secret {
		return "a secret"
	}
	return "personal data"
}
