package piilog

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/constval"
)

// pair checks a key and its value. A key that names personal or secret
// data is pii-field unless the value is safe; otherwise the value is
// checked on its own.
func (c *checker) pair(keyExpr, value ast.Expr, whole bool) {
	if key, ok := constval.String(c.pass.TypesInfo, keyExpr); ok {
		personal := value != nil && c.fromPersonalStruct(value)
		if e, ok := c.m.match(key, personal); ok {
			if value != nil && c.safe(value) {
				return
			}
			if c.enabled(CategoryPiiField) {
				c.report(analysis.Diagnostic{
					Pos:      keyExpr.Pos(),
					End:      keyExpr.End(),
					Category: CategoryPiiField,
					Message:  fieldMessage("log key", key, e),
				})
			}
			return
		}
		if c.m.mentions(key) {
			return // phone_verified, email_hash: the key says what the value is
		}
		if value != nil && c.keyNamesKind(key, value) {
			return
		}
	}
	if value != nil {
		c.lone(value, whole)
	}
}

// keyNamesKind reports whether a key that the key list does not match
// says which kind of the thing the value's name only names: the value is
// named by one bare word of the list (a Token field), and the key writes
// that word inside a longer one (zedtoken, an opaque consistency token).
// The key, the more specific name, decides, and it names no personal or
// secret data that the list knows:
//
//	log.Str("zedtoken", requested.Token)
func (c *checker) keyNamesKind(key string, value ast.Expr) bool {
	name, _ := c.valueName(value)
	words := constval.Words(name)
	if len(words) != 1 {
		return false
	}
	if _, ok := c.m.find(words[0], true, false); !ok {
		return false
	}
	for _, w := range constval.Words(key) {
		if w != words[0] && strings.Contains(w, words[0]) {
			return true
		}
	}
	return false
}

// pairs checks alternating keys and values. A zap.Field or slog.Attr
// stands alone (its constructor is checked as a call); a key that is not
// a string is slog's !BADKEY and stands alone too.
func (c *checker) pairs(args []ast.Expr, whole bool) {
	for i := 0; i < len(args); i++ {
		t := c.pass.TypesInfo.TypeOf(args[i])
		if t == nil {
			return
		}
		if apis.IsFieldType(t) {
			continue
		}
		b, ok := t.Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsString == 0 {
			c.lone(args[i], whole)
			continue
		}
		var v ast.Expr
		if i+1 < len(args) {
			v = args[i+1]
		}
		c.pair(args[i], v, whole)
		i++
	}
}

// lone checks a value logged without a key of its own, or under a
// neutral key: a body read whole, a request or personal struct written
// whole (when whole is set), a name that says personal data, a literal
// shaped like personal data.
func (c *checker) lone(value ast.Expr, whole bool) {
	value = ast.Unparen(value)
	if c.composed(value) {
		return // a message built from parts: each part was checked
	}
	if kind, ok := c.body(value); ok {
		if !c.failedReply(kind, value) {
			c.wholeBody(value, bodyMessage(kind, false), isConfig(kind))
		}
		return
	}
	if kind := c.encodedBody(value); kind != "" {
		if !c.failedReply(kind, value) {
			c.wholeBody(value, encodedMessage(kind), isConfig(kind))
		}
		return
	}
	t := c.pass.TypesInfo.TypeOf(value)
	if t == nil || safeType(t) {
		return
	}
	if whole {
		if apis.IsClaimsType(t) {
			c.wholeBody(value, bodyMessage(fromClaims, true), false)
			return
		}
		if isHTTPType(t, "Request") {
			c.wholeBody(value, "the whole *http.Request, with its headers (Authorization, Cookie), query and form; log the method, route and the fields you need", false)
			return
		}
		if kind := c.decodedBody(value); kind != "" {
			if !c.failedReply(kind, value) {
				c.wholeBody(value, bodyMessage(kind, true), false)
			}
			return
		}
		if apis.IsMessageType(t) {
			c.wholeBody(value, "the whole message with its payload, which holds whatever its producer sent; log the fields you need", false)
			return
		}
		if fields := c.personalFields(t); len(fields) > 0 {
			c.wholeBody(value, fmt.Sprintf("the whole %s with its personal fields (%s); log the fields you need, masked, or give the type a LogValue or MarshalLogObject method",
				types.TypeString(t, types.RelativeTo(c.pass.Pkg)), strings.Join(fields, ", ")), false)
			return
		}
	}
	if s, ok := constval.String(c.pass.TypesInfo, value); ok {
		if shape := literalShape(s); shape != "" && c.enabled(CategoryPiiValue) {
			c.report(analysis.Diagnostic{
				Pos:      value.Pos(),
				End:      value.End(),
				Category: CategoryPiiValue,
				Message:  fmt.Sprintf("logged value looks like %s; mask it, hash it or leave it out", shape),
			})
		}
		return
	}
	if c.tv(value).Value != nil || c.maskedValue(value) || c.constantLocal(value) {
		return
	}
	if why, u := c.credentialURL(value); why != "" {
		verb := "is"
		if isStrings(t) {
			verb = "holds" // a slice of URLs' texts
		}
		if c.enabled(CategoryPiiValue) {
			c.report(analysis.Diagnostic{
				Pos:      value.Pos(),
				End:      value.End(),
				Category: CategoryPiiValue,
				Message: fmt.Sprintf("%s %s a URL %s: its user info (user:password@) would be written in plain text; log %s.Redacted() instead",
					types.ExprString(value), verb, why, u),
			})
		}
		return
	}
	name, personal := c.valueName(value)
	if name == "" {
		return
	}
	if e, ok := c.m.match(name, personal); ok && c.enabled(CategoryPiiValue) {
		c.report(analysis.Diagnostic{
			Pos:      value.Pos(),
			End:      value.End(),
			Category: CategoryPiiValue,
			Message:  valueMessage(types.ExprString(value), e),
		})
	}
}

// safe reports whether a value under a personal key is not the data
// itself: a boolean, a number, a time, a constant that does not look like
// personal data (or a local variable only ever given such constants), nil,
// an error ("token: %s", err), or a value that a
// masking function produced or whose name says it is masked.
func (c *checker) safe(value ast.Expr) bool {
	value = ast.Unparen(value)
	tv := c.tv(value)
	if tv.Type == nil {
		return true // cannot tell: stay silent
	}
	if tv.IsNil() || safeType(tv.Type) || astx.IsError(tv.Type) {
		return true // an error under a personal key is the failure, not the data
	}
	if s, ok := constval.String(c.pass.TypesInfo, value); ok {
		return literalShape(s) == ""
	}
	if tv.Value != nil {
		return true
	}
	if c.maskedValue(value) || c.constantLocal(value) {
		return true
	}
	if name, personal := c.valueName(value); name != "" && (masked(name) || c.m.mentions(name) && !c.matches(name, personal)) {
		return true // phoneHash, cfg.SecretName: masked or metadata
	}
	return false
}

// matches reports whether name names personal or secret data.
func (c *checker) matches(name string, personal bool) bool {
	_, ok := c.m.match(name, personal)
	return ok
}

// fieldMessage says what a key names and what to do.
func fieldMessage(what, key string, e entry) string {
	base := strings.Join(constval.Words(key), "_")
	if e.secret {
		return fmt.Sprintf("%s %q names a secret (%s) that would be written in plain text; drop the field, or log whether it is set", what, key, e.text)
	}
	return fmt.Sprintf("%s %q names personal data (%s) that would be written in plain text; log a masked or hashed value under %s_masked or %s_hash, or drop it", what, key, e.text, base, base)
}

// valueMessage says what a value holds and what to do.
func valueMessage(expr string, e entry) string {
	if e.secret {
		return fmt.Sprintf("%s holds a secret (%s) that would be written in plain text; drop it, or log whether it is set", expr, e.text)
	}
	return fmt.Sprintf("%s holds personal data (%s) that would be written in plain text; log a masked or hashed value instead", expr, e.text)
}

// wholeBody reports a value logged whole. A whole configuration (config
// set) written by a logger is reported even in command-line code: see
// [checker.byLogger].
func (c *checker) wholeBody(value ast.Expr, what string, config bool) {
	if !c.enabled(CategoryWholeBody) {
		return
	}
	report := c.report
	if config && c.byLogger() {
		report = c.reportLogged
	}
	report(analysis.Diagnostic{
		Pos:      value.Pos(),
		End:      value.End(),
		Category: CategoryWholeBody,
		Message:  "logs " + what,
	})
}

// isNamedType reports whether t is the named type path.name.
func isNamedType(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}
