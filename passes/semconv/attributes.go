package semconv

import (
	"fmt"
	"go/types"
	"strings"

	"golang.org/x/mod/semver"

	"golang.org/x/tools/go/analysis"

	registry "github.com/otellint/otellint/internal/semconv"
)

// checkKey checks one attribute key against the registry and the naming
// rules: a deprecated key (or one the project renamed), a registry key
// set with the wrong type, a key of the team's own under "otel.", a key
// that breaks the naming rules. A key gets at most one finding, the first
// of these.
func (c *checker) checkKey(s *keySite) {
	if c.reported[s.expr.Pos()] {
		return // seen as part of a larger expression already
	}
	if new, ok := c.extra[s.key]; ok {
		if c.on(CategoryDeprecatedAttribute) && !c.dualEmission(s, new) {
			c.deprecated(s, new, fmt.Sprintf("%s is deprecated by the project's extra-deprecated setting: use %q", describe(s), new))
		}
		return
	}
	a, known := registry.Attribute(s.key)
	if known && s.form == formWritten && !strings.Contains(s.key, ".") {
		// A key with no namespace written by the team is a word of its
		// own (a state of its own event, a type of its own resource):
		// the registry's namespaces exist so that bare words stay the
		// application's. The registry deprecates one such word, a
		// connection pool's "state" since renamed into db., and does not
		// claim the word by that.
		known = false
	}
	switch {
	case known && deprecated(a.Deprecated):
		if c.on(CategoryDeprecatedAttribute) {
			c.deprecatedAttr(s, a)
		}
		return
	case known && s.typed && a.Type != registry.TypeAny && a.Type != s.typ:
		if c.on(CategoryAttributeType) {
			c.emit(s, CategoryAttributeType, fmt.Sprintf("%s is of type %s in the semantic conventions, but is set as a %s here: back ends index each type apart, so queries and dashboards miss these values; set it with the %s constructor", describe(s), a.Type, s.typ, constructorOf(a.Type)))
		}
		return
	case known:
		return
	}
	if s.form != formWritten {
		return // the key is not the team's to change
	}
	if strings.HasPrefix(s.key, "otel.") {
		if c.on(CategoryReservedNamespace) {
			c.emit(s, CategoryReservedNamespace, fmt.Sprintf("attribute key %q is in the otel namespace, which the semantic conventions reserve for OpenTelemetry's own attributes and which does not define it; put it in a namespace of your own", s.key))
		}
		return
	}
	if s.named {
		c.noteDeclared(s.key)
	}
	p := syntaxProblem(s.key)
	if p == "" || !c.on(CategoryKeySyntax) {
		return
	}
	// A key given a name of its own (const clientIDKey = "OAuth2ClientID")
	// is a published name that other code, other services or event
	// consumers match: its case is a convention of the team's, which a
	// rename would break. Its shape is still checked; the case is checked
	// where a key is written in place.
	if p == problemUpperCase {
		if !s.named {
			c.upper = append(c.upper, s) // judged against the package's keys
		}
		return
	}
	c.emit(s, CategoryKeySyntax, syntaxMessage(s.key, p))
}

// syntaxMessage is the message of a key that breaks the naming rules.
func syntaxMessage(key, problem string) string {
	return fmt.Sprintf("attribute key %q %s, which the attribute naming rules forbid: use lower-case words joined by dots for namespaces and underscores within a word (such as \"shop.order_id\")", key, problem)
}

// deprecated reports whether d is a deprecation the code should act on.
// An attribute that "moved" to another set of conventions (the GenAI
// attributes went to their own repository) is still defined there, under
// the same key: it is not deprecated for the code that sets it.
func deprecated(d registry.Deprecation) bool {
	return d.Reason != registry.NotDeprecated && !strings.HasPrefix(d.Note, "Moved to ")
}

// deprecatedAttr reports a key the registry deprecates, with the
// replacement the registry names, and a fix when the key was renamed to
// one of the same type.
func (c *checker) deprecatedAttr(s *keySite, a registry.Attr) {
	d := a.Deprecated
	head := fmt.Sprintf("%s is deprecated in the semantic conventions (%s)", describe(s), registry.Version)
	if d.Reason != registry.Renamed || d.RenamedTo == "" {
		msg := head
		if note := noteText(d.Note); note != "" {
			msg += ": " + note
		} else {
			msg += " and has no replacement: stop setting it"
		}
		c.emit(s, CategoryDeprecatedAttribute, msg)
		return
	}
	// A template attribute is renamed with its suffix:
	// rpc.grpc.request.metadata.<k> became rpc.request.metadata.<k>.
	new := d.RenamedTo + strings.TrimPrefix(s.key, a.Key)
	if c.dualEmission(s, new) {
		return
	}
	na, ok := registry.Attribute(new)
	if ok && na.Type != a.Type {
		c.emit(s, CategoryDeprecatedAttribute, fmt.Sprintf("%s: use %q, which is of type %s instead of %s", head, new, na.Type, a.Type))
		return
	}
	msg := fmt.Sprintf("%s: use %q", head, new)
	if v := c.newerThanImports(new); v != "" {
		msg += fmt.Sprintf(", a key newer than semconv %s, the newest version this file imports", v)
	}
	c.deprecated(s, new, msg)
}

// newerThanImports returns the version of the newest semconv package the
// file imports when that package declares no constant for the key new,
// which so came with a later version of the conventions (peer.service
// became service.peer.name after v1.37.0); "" otherwise, and when the
// file imports none.
func (c *checker) newerThanImports(new string) string {
	var newest *types.Package
	for _, imp := range c.file.Imports {
		pn := c.importName(imp)
		if pn == nil || !isSemconvRoot(pn.Imported()) {
			continue
		}
		if newest == nil || semver.Compare(versionOf(pn.Imported()), versionOf(newest)) > 0 {
			newest = pn.Imported()
		}
	}
	if newest == nil {
		return ""
	}
	if _, ok := keyConstOf(newest)[new]; ok {
		return ""
	}
	return versionOf(newest)
}

// describe names the key of s for a message: the literal, or the semconv
// constant, helper or member and its key.
func describe(s *keySite) string {
	switch s.form {
	case formSemconvConst, formSemconvHelper, formSemconvMember:
		return fmt.Sprintf("%s (key %q)", s.ref.Name(), s.key)
	}
	return fmt.Sprintf("attribute key %q", s.key)
}

// noteText turns a registry note into message text: lower-case start,
// no backquotes, no final period.
func noteText(note string) string {
	note = strings.TrimSuffix(strings.ReplaceAll(note, "`", ""), ".")
	if note == "" {
		return ""
	}
	return strings.ToLower(note[:1]) + note[1:]
}

// constructorOf names the attribute constructor of a registry type.
func constructorOf(t registry.Type) string {
	switch t {
	case registry.TypeString:
		return "attribute.String"
	case registry.TypeInt:
		return "attribute.Int"
	case registry.TypeDouble:
		return "attribute.Float64"
	case registry.TypeBool:
		return "attribute.Bool"
	case registry.TypeStringSlice:
		return "attribute.StringSlice"
	case registry.TypeIntSlice:
		return "attribute.IntSlice"
	case registry.TypeDoubleSlice:
		return "attribute.Float64Slice"
	case registry.TypeBoolSlice:
		return "attribute.BoolSlice"
	}
	return "constructor of its type"
}

// syntaxProblem returns what makes key break the attribute naming rules
// of the specification, or "".
func syntaxProblem(key string) string {
	switch {
	case key == "":
		return "is empty"
	case strings.HasPrefix(key, "."):
		return "starts with a dot"
	case strings.HasSuffix(key, "."):
		return "ends with a dot"
	case strings.Contains(key, ".."):
		return "has an empty namespace segment"
	case strings.ContainsAny(key, " \t\n"):
		return "contains white space"
	case strings.ToLower(key) != key:
		return problemUpperCase
	}
	return ""
}

// problemUpperCase is the naming problem of a key with upper-case letters.
const problemUpperCase = "has upper-case letters"

// emit reports a finding at the key expression of s, once.
func (c *checker) emit(s *keySite, category, msg string) {
	c.emitFix(s, category, msg, nil)
}

// emitFix reports a finding at the key expression of s, once, with fixes.
func (c *checker) emitFix(s *keySite, category, msg string, fixes []analysis.SuggestedFix) {
	if c.reported[s.expr.Pos()] {
		return
	}
	c.reported[s.expr.Pos()] = true
	c.report(analysis.Diagnostic{Pos: s.expr.Pos(), End: s.expr.End(), Category: category, Message: msg, SuggestedFixes: fixes})
}
