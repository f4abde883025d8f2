package main_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// The SARIF tests validate the command's output against the SARIF 2.1.0
// JSON schema of OASIS (testdata/sarif-schema-2.1.0.json, errata 01, the
// schema GitHub code scanning validates uploads against), with the
// validator below: JSON Schema draft-04 for the keywords that schema
// uses (type, $ref, properties, required, additionalProperties, items,
// minItems, uniqueItems, enum, minimum, maximum, pattern, format, anyOf,
// oneOf).

// schema is a JSON schema document with its definitions.
type schema struct {
	root map[string]any
}

// loadSchema reads the SARIF schema from testdata.
func loadSchema(t *testing.T) *schema {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	var root map[string]any
	if err := json.Unmarshal(data, &root); err != nil {
		t.Fatal(err)
	}
	return &schema{root: root}
}

// validate returns the violations of the schema by the JSON document data,
// each with the JSON pointer of the offending value.
func (s *schema) validate(data []byte) ([]string, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	var errs []string
	s.check(s.root, doc, "", &errs)
	return errs, nil
}

// check validates v against the schema sch, appending violations to errs.
func (s *schema) check(sch map[string]any, v any, ptr string, errs *[]string) {
	fail := func(format string, args ...any) {
		*errs = append(*errs, cmp.Or(ptr, "/")+": "+fmt.Sprintf(format, args...))
	}
	if ref, ok := sch["$ref"].(string); ok {
		target, err := s.resolve(ref)
		if err != nil {
			fail("%v", err)
			return
		}
		s.check(target, v, ptr, errs)
		return
	}
	if t, ok := sch["type"]; ok && !hasType(t, v) {
		fail("want type %v, got %s", t, jsonType(v))
		return
	}
	if enum, ok := sch["enum"].([]any); ok && !slices.ContainsFunc(enum, func(e any) bool { return equalJSON(e, v) }) {
		fail("%v is not one of %v", v, enum)
	}
	for _, kw := range []string{"anyOf", "oneOf"} {
		subs, ok := sch[kw].([]any)
		if !ok {
			continue
		}
		matched := 0
		for _, sub := range subs {
			var e []string
			s.check(sub.(map[string]any), v, ptr, &e)
			if len(e) == 0 {
				matched++
			}
		}
		if matched == 0 || kw == "oneOf" && matched > 1 {
			fail("%d of the %s alternatives match", matched, kw)
		}
	}
	switch v := v.(type) {
	case map[string]any:
		props, _ := sch["properties"].(map[string]any)
		if req, ok := sch["required"].([]any); ok {
			for _, r := range req {
				if _, ok := v[r.(string)]; !ok {
					fail("missing required property %q", r)
				}
			}
		}
		for _, k := range slices.Sorted(maps.Keys(v)) {
			p := ptr + "/" + k
			if sub, ok := props[k].(map[string]any); ok {
				s.check(sub, v[k], p, errs)
				continue
			}
			switch ap := sch["additionalProperties"].(type) {
			case bool:
				if !ap {
					fail("property %q is not allowed", k)
				}
			case map[string]any:
				s.check(ap, v[k], p, errs)
			}
		}
	case []any:
		if n, ok := sch["minItems"].(float64); ok && float64(len(v)) < n {
			fail("%d items, want at least %v", len(v), n)
		}
		if u, _ := sch["uniqueItems"].(bool); u {
			for i := range v {
				for j := i + 1; j < len(v); j++ {
					if equalJSON(v[i], v[j]) {
						fail("items %d and %d are equal", i, j)
					}
				}
			}
		}
		if items, ok := sch["items"].(map[string]any); ok {
			for i, it := range v {
				s.check(items, it, fmt.Sprintf("%s/%d", ptr, i), errs)
			}
		}
	case json.Number:
		f, _ := v.Float64()
		if m, ok := sch["minimum"].(float64); ok && f < m {
			fail("%v is below the minimum %v", v, m)
		}
		if m, ok := sch["maximum"].(float64); ok && f > m {
			fail("%v is above the maximum %v", v, m)
		}
	case string:
		if p, ok := sch["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(v) {
			fail("%q does not match %s", v, p)
		}
		if f, ok := sch["format"].(string); ok {
			if err := checkFormat(f, v); err != nil {
				fail("%q is not a %s: %v", v, f, err)
			}
		}
	}
}

// resolve returns the schema a "#/definitions/name" reference names.
func (s *schema) resolve(ref string) (map[string]any, error) {
	if ref == "#" {
		return s.root, nil
	}
	name, ok := strings.CutPrefix(ref, "#/definitions/")
	if !ok {
		return nil, fmt.Errorf("unsupported $ref %q", ref)
	}
	defs, _ := s.root["definitions"].(map[string]any)
	d, ok := defs[name].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("no definition %q", name)
	}
	return d, nil
}

// hasType reports whether v is of the schema type t (a name or a list).
func hasType(t, v any) bool {
	if list, ok := t.([]any); ok {
		return slices.ContainsFunc(list, func(x any) bool { return hasType(x, v) })
	}
	switch got := jsonType(v); t {
	case "integer":
		n, ok := v.(json.Number)
		return ok && !strings.ContainsAny(n.String(), ".eE")
	case "number":
		return got == "number"
	default:
		return got == t
	}
}

// jsonType names the JSON type of a decoded value.
func jsonType(v any) string {
	switch v.(type) {
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case json.Number:
		return "number"
	case bool:
		return "boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}

// equalJSON compares decoded JSON values.
func equalJSON(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return bytes.Equal(ja, jb)
}

// checkFormat checks the string formats the SARIF schema uses.
func checkFormat(format, s string) error {
	switch format {
	case "uri":
		u, err := url.Parse(s)
		if err == nil && !u.IsAbs() {
			err = fmt.Errorf("not absolute")
		}
		return err
	case "uri-reference":
		_, err := url.Parse(s)
		return err
	case "date-time":
		_, err := time.Parse(time.RFC3339, s)
		return err
	}
	return fmt.Errorf("unknown format")
}

// TestSchemaValidatorRejects makes sure the validator can fail: a valid
// minimal log passes, and each broken copy of it is rejected.
func TestSchemaValidatorRejects(t *testing.T) {
	s := loadSchema(t)
	valid := `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "otellint"}},
		"results": [{"ruleId": "spanend/missing-end", "level": "warning", "message": {"text": "m"},
		"locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.go", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 3, "startColumn": 2}}}]}]}]}`
	if errs, err := s.validate([]byte(valid)); err != nil || len(errs) > 0 {
		t.Fatalf("a valid log is rejected: %v %v", err, errs)
	}
	for name, broken := range map[string]string{
		"no version":        strings.Replace(valid, `"version": "2.1.0", `, "", 1),
		"wrong version":     strings.Replace(valid, `"2.1.0"`, `"2.0.0"`, 1),
		"unknown level":     strings.Replace(valid, `"warning"`, `"fatal"`, 1),
		"unknown property":  strings.Replace(valid, `"ruleId"`, `"severity": 1, "ruleId"`, 1),
		"line 0":            strings.Replace(valid, `"startLine": 3`, `"startLine": 0`, 1),
		"column not an int": strings.Replace(valid, `"startColumn": 2`, `"startColumn": 2.5`, 1),
		"message not text":  strings.Replace(valid, `"message": {"text": "m"}`, `"message": "m"`, 1),
		"tool without name": strings.Replace(valid, `{"name": "otellint"}`, `{}`, 1),
		"bad schema uri":    strings.Replace(valid, `{"version"`, `{"$schema": "not a uri", "version"`, 1),
	} {
		errs, err := s.validate([]byte(broken))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(errs) == 0 {
			t.Errorf("%s: the validator accepts %s", name, broken)
		}
	}
}
