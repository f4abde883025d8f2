package piilog

import (
	"regexp"
	"strings"
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
