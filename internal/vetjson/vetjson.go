// Package vetjson is the JSON that go vet -json prints, and that the x/tools
// drivers and otellint -json print in the same form: for each package ID,
// for each analyzer, either a list of diagnostics or an error. Its types
// are written by the otellint command and read by [Decode].
//
//	{"example.com/p": {"spanend": [{"posn": "/abs/p/f.go:3:2", "end": "/abs/p/f.go:3:9",
//	  "message": "...", "category": "missing-end", "related": [...], "suggested_fixes": [...]}],
//	  "piilog": {"error": "..."}}}
//
// go vet prints one such object per package, each after a "# package"
// line; [Decode] reads any number of them. It is strict: a field that is
// not in the schema, or a diagnostic without its position, end or message,
// is an error, so that a writer that strays from go vet's form is caught.
package vetjson

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// Diagnostic is one diagnostic.
type Diagnostic struct {
	Category       string    `json:"category,omitempty"`
	Posn           string    `json:"posn"`
	End            string    `json:"end"`
	Message        string    `json:"message"`
	SuggestedFixes []Fix     `json:"suggested_fixes,omitempty"`
	Related        []Related `json:"related,omitempty"`
}

// Related is a related position of a diagnostic.
type Related struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

// Fix is a suggested fix.
type Fix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// Edit replaces the bytes [Start, End) of a file with New.
type Edit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

// Error is the result of an analysis that failed, or could not run
// because its package did not load.
type Error struct {
	Err string `json:"error"`
}

// Result is what one analyzer gave on one package.
type Result struct {
	Package, Analyzer string
	Diagnostics       []Diagnostic
	Err               string // the analysis failed or could not run
}

// Decode reads every JSON object of r, skipping go vet's "# package"
// lines between them, and returns the results in the order read (within
// an object, by package and analyzer name).
func Decode(r io.Reader) ([]Result, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	for line := range strings.Lines(string(data)) {
		if !strings.HasPrefix(line, "#") {
			b.WriteString(line)
		}
	}
	var out []Result
	dec := json.NewDecoder(&b)
	for dec.More() {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			return nil, err
		}
		for _, pkg := range sortedKeys(tree) {
			for _, name := range sortedKeys(tree[pkg]) {
				res, err := decodeResult(tree[pkg][name])
				if err != nil {
					return nil, fmt.Errorf("%s: %s: %v", pkg, name, err)
				}
				res.Package, res.Analyzer = pkg, name
				out = append(out, res)
			}
		}
	}
	return out, nil
}

// decodeResult decodes a list of diagnostics or an error object.
func decodeResult(raw json.RawMessage) (Result, error) {
	var res Result
	if bytes.HasPrefix(bytes.TrimSpace(raw), []byte("{")) {
		var e Error
		if err := strict(raw, &e); err != nil {
			return res, err
		}
		if e.Err == "" {
			return res, fmt.Errorf("an object without an \"error\": %s", raw)
		}
		res.Err = e.Err
		return res, nil
	}
	if err := strict(raw, &res.Diagnostics); err != nil {
		return res, err
	}
	for _, d := range res.Diagnostics {
		if d.Posn == "" || d.End == "" || d.Message == "" {
			return res, fmt.Errorf("diagnostic without posn, end or message: %+v", d)
		}
		for _, r := range d.Related {
			if r.Posn == "" || r.End == "" || r.Message == "" {
				return res, fmt.Errorf("related information without posn, end or message: %+v", r)
			}
		}
		for _, f := range d.SuggestedFixes {
			if f.Message == "" || f.Edits == nil {
				return res, fmt.Errorf("suggested fix without message or edits: %+v", f)
			}
		}
	}
	return res, nil
}

// strict decodes data into v, rejecting fields v does not have.
func strict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}
