package piilog

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
)

// verb is one conversion of a printf format.
type verb struct {
	verb  byte
	flags string
	arg   int    // index of its operand among the arguments after the format
	key   string // the "key=" or "key: " just before it, if any
	start int    // offset of the key in the format
}

// keyBefore matches a key written just before a verb: "phone=%s",
// "email: %q", "password='%s'".
var keyBefore = regexp.MustCompile(`([A-Za-z][A-Za-z0-9_.\-]*)\s*[=:]\s*["'\[(<{]?$`)

// schemeBefore matches an authorization scheme written just before a
// verb, whose operand is the credential: "Authorization: Bearer %s".
var schemeBefore = regexp.MustCompile(`(?i)\b(bearer)\s+$`)

// textKey returns the key that the text before a value names, and its
// offset in text: "phone=" -> "phone", "Bearer " -> "Bearer".
func textKey(text string) (key string, start int, ok bool) {
	for _, re := range []*regexp.Regexp{keyBefore, schemeBefore} {
		if m := re.FindStringSubmatchIndex(text); m != nil {
			return text[m[2]:m[3]], m[2], true
		}
	}
	return "", 0, false
}

// parseFormat returns the conversions of a printf format. ok is false for
// formats it does not follow (explicit argument indexes).
func parseFormat(f string) (verbs []verb, ok bool) {
	arg := 0
	last := 0 // end of the previous conversion
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		start := i
		i++
		if i < len(f) && f[i] == '%' {
			continue
		}
		var flags strings.Builder
		for i < len(f) && strings.IndexByte("+-# 0", f[i]) >= 0 {
			flags.WriteByte(f[i])
			i++
		}
		// Width and precision; '*' takes an operand.
		for i < len(f) && (f[i] >= '0' && f[i] <= '9' || f[i] == '.' || f[i] == '*') {
			if f[i] == '*' {
				arg++
			}
			i++
		}
		if i >= len(f) {
			break
		}
		if f[i] == '[' {
			return nil, false
		}
		v := verb{verb: f[i], flags: flags.String(), arg: arg}
		if key, at, ok := textKey(f[last:start]); ok {
			v.key, v.start = key, last+at
		}
		verbs = append(verbs, v)
		arg++
		last = i + 1
	}
	return verbs, true
}

// format checks a printf format and its operands: a key written before a
// verb ("phone=%s") is a log key; each operand is a value, written whole
// by %v.
func (c *checker) format(fmtExpr ast.Expr, args []ast.Expr, spread bool) {
	f, ok := constval.String(c.pass.TypesInfo, fmtExpr)
	if !ok {
		return
	}
	verbs, ok := parseFormat(f)
	if !ok {
		return
	}
	for _, v := range verbs {
		if v.verb == 'T' || v.verb == 'p' {
			continue // the type or address of a secret is not the secret
		}
		var value ast.Expr
		if !spread && v.arg < len(args) {
			value = args[v.arg]
		}
		if value == nil {
			continue
		}
		if v.key != "" {
			pos, end := c.keyRange(fmtExpr, f, v.start, v.key)
			c.keyed("format key", v.key, pos, end, value, v.verb == 'v' || v.verb == 's')
			continue
		}
		c.lone(value, v.verb == 'v' || v.verb == 's')
	}
}

// keyed checks a value written in a text after a key that names it
// ("phone=%s", "phone=" + v): a key that names personal or secret data is
// pii-field unless the value is safe; otherwise the value is checked on
// its own. what says where the key is written ("format key").
func (c *checker) keyed(what, key string, pos, end token.Pos, value ast.Expr, whole bool) {
	if e, ok := c.m.match(key, c.fromPersonalStruct(value)); ok {
		if !c.safe(value) && c.enabled(CategoryPiiField) {
			c.report(analysis.Diagnostic{
				Pos:      pos,
				End:      end,
				Category: CategoryPiiField,
				Message:  fieldMessage(what, key, e),
			})
		}
		return
	}
	if c.m.mentions(key) || c.keyNamesKind(key, value) {
		return // "password_len=%d": the key says what the value is
	}
	c.lone(value, whole)
}

// keyRange returns the range of a key inside a format literal, or the
// literal's range when the key cannot be placed (escapes before it).
func (c *checker) keyRange(fmtExpr ast.Expr, f string, start int, key string) (token.Pos, token.Pos) {
	lit, ok := ast.Unparen(fmtExpr).(*ast.BasicLit)
	if ok && lit.Kind == token.STRING && len(lit.Value) > 1 {
		raw := lit.Value[1 : len(lit.Value)-1]
		if s, err := strconv.Unquote(lit.Value); err == nil && s == f && strings.HasPrefix(raw[min(start, len(raw)):], key) &&
			!strings.Contains(raw[:min(start, len(raw))], `\`) {
			pos := lit.Pos() + 1 + token.Pos(start)
			return pos, pos + token.Pos(len(key))
		}
	}
	return fmtExpr.Pos(), fmtExpr.End()
}

// composed checks a logged value built from parts, and reports whether it
// was one: each part is checked as if it were logged, after the key the
// text before it names, if any.
//
//	fmt.Sprintf("lookup by %s", email)   the format and its operands
//	fmt.Sprint("lookup by ", email)      each operand, written whole
//	"lookup by " + email                 each operand; "email=" + v is a key
func (c *checker) composed(value ast.Expr) bool {
	switch v := value.(type) {
	case *ast.CallExpr:
		fn := apis.Callee(c.pass.TypesInfo, v)
		if fn == nil || !apis.RawKeyIn(fn, apis.FmtSprint) || len(v.Args) == 0 {
			return false
		}
		spread := v.Ellipsis.IsValid()
		if fn.Name() == "Sprintf" || fn.Name() == "Errorf" {
			c.format(v.Args[0], v.Args[1:], spread)
			return true
		}
		if !spread {
			for _, a := range v.Args {
				c.lone(a, true)
			}
		}
		return true
	case *ast.BinaryExpr:
		if v.Op != token.ADD || c.tv(v).Value != nil || !isString(c.tv(v).Type) {
			return false
		}
		var text ast.Expr // the constant just before the part, if any
		for _, part := range concatParts(v) {
			if _, ok := constval.String(c.pass.TypesInfo, part); ok {
				text = part
				continue
			}
			var s string
			if text != nil {
				s, _ = constval.String(c.pass.TypesInfo, text)
			}
			if key, at, ok := textKey(s); ok {
				pos, end := c.keyRange(text, s, at, key)
				c.keyed("message key", key, pos, end, part, false)
			} else {
				c.lone(part, false)
			}
			text = nil
		}
		return true
	}
	return false
}

// concatParts returns the operands of a chain of + in order.
func concatParts(e ast.Expr) []ast.Expr {
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.ADD {
		return append(concatParts(b.X), concatParts(b.Y)...)
	}
	return []ast.Expr{e}
}

// isString reports whether t is a string type.
func isString(t types.Type) bool {
	b, ok := t.(*types.Basic)
	if t != nil && !ok {
		b, ok = t.Underlying().(*types.Basic)
	}
	return ok && b.Info()&types.IsString != 0
}
