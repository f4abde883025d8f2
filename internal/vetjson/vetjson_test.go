package vetjson

import (
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	in := `# example.com/a
{
	"example.com/a": {
		"spanend": [
			{"category": "missing-end", "posn": "/m/a/a.go:3:2", "end": "/m/a/a.go:3:9", "message": "span is never ended",
			 "related": [{"posn": "/m/a/a.go:5:2", "end": "/m/a/a.go:5:8", "message": "returns here"}],
			 "suggested_fixes": [{"message": "Add defer", "edits": [{"filename": "/m/a/a.go", "start": 10, "end": 10, "new": "x"}]}]}
		]
	}
}
# example.com/b
{"example.com/b": {"piilog": {"error": "analysis skipped"}}}
`
	res, err := Decode(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 {
		t.Fatalf("got %d results, want 2: %+v", len(res), res)
	}
	d := res[0].Diagnostics
	if res[0].Package != "example.com/a" || res[0].Analyzer != "spanend" || len(d) != 1 ||
		d[0].Related[0].Message != "returns here" || d[0].SuggestedFixes[0].Edits[0].New != "x" {
		t.Errorf("first result = %+v", res[0])
	}
	if res[1].Err != "analysis skipped" || res[1].Diagnostics != nil {
		t.Errorf("second result = %+v, want the error", res[1])
	}
}

// TestDecodeStrict checks that output in another form is rejected.
func TestDecodeStrict(t *testing.T) {
	for name, in := range map[string]string{
		"extra field":       `{"p": {"a": [{"analyzer": "a", "posn": "f.go:1:1", "end": "f.go:1:2", "message": "m"}]}}`,
		"no end":            `{"p": {"a": [{"posn": "f.go:1:1", "message": "m"}]}}`,
		"related, no end":   `{"p": {"a": [{"posn": "f.go:1:1", "end": "f.go:1:2", "message": "m", "related": [{"posn": "f.go:2:1", "message": "r"}]}]}}`,
		"fix without edits": `{"p": {"a": [{"posn": "f.go:1:1", "end": "f.go:1:2", "message": "m", "suggested_fixes": [{"message": "fix"}]}]}}`,
		"fix as a string":   `{"p": {"a": [{"posn": "f.go:1:1", "end": "f.go:1:2", "message": "m", "suggested_fixes": ["fix"]}]}}`,
		"flat list":         `[{"posn": "f.go:1:1", "end": "f.go:1:2", "message": "m"}]`,
		"error of no kind":  `{"p": {"a": {"err": "x"}}}`,
	} {
		if _, err := Decode(strings.NewReader(in)); err == nil {
			t.Errorf("%s: accepted %s", name, in)
		}
	}
}
