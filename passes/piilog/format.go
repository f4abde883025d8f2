package piilog

import (
	"go/ast"
	"go/token"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

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
		if m := keyBefore.FindStringSubmatchIndex(f[last:start]); m != nil {
			v.key = f[last+m[2] : last+m[3]]
			v.start = last + m[2]
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
			personal := c.fromPersonalStruct(value)
			if e, ok := c.m.match(v.key, personal); ok {
				if c.safe(value) {
					continue
				}
				if c.enabled(CategoryPiiField) {
					pos, end := c.keyRange(fmtExpr, f, v)
					c.report(analysis.Diagnostic{
						Pos:      pos,
						End:      end,
						Category: CategoryPiiField,
						Message:  fieldMessage("format key", v.key, e),
					})
				}
				continue
			}
			if c.m.mentions(v.key) {
				continue // "password_len=%d": the key says what the value is
			}
		}
		c.lone(value, v.verb == 'v' || v.verb == 's')
	}
}

// keyRange returns the range of a key inside a format literal, or the
// literal's range when the key cannot be placed (escapes before it).
func (c *checker) keyRange(fmtExpr ast.Expr, f string, v verb) (token.Pos, token.Pos) {
	lit, ok := ast.Unparen(fmtExpr).(*ast.BasicLit)
	if ok && lit.Kind == token.STRING && len(lit.Value) > 1 {
		raw := lit.Value[1 : len(lit.Value)-1]
		if s, err := strconv.Unquote(lit.Value); err == nil && s == f && strings.HasPrefix(raw[min(v.start, len(raw)):], v.key) &&
			!strings.Contains(raw[:min(v.start, len(raw))], `\`) {
			pos := lit.Pos() + 1 + token.Pos(v.start)
			return pos, pos + token.Pos(len(v.key))
		}
	}
	return fmtExpr.Pos(), fmtExpr.End()
}
