package driver

import (
	"encoding/json"
	"go/token"
	"io"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/otellint/otellint/internal/vetjson"
)

// jsonTree is the -json output: go vet's JSON, which go vet -json and the
// x/tools drivers (multichecker, singlechecker) print, so that one reader
// takes either. It maps each package ID to each analyzer's result there:
// a list of diagnostics, or an error.
//
//	{"pkg": {"spanend": [{"posn": "/abs/f.go:3:2", "end": "...", "message": "...",
//	   "category": "missing-end", "related": [...], "suggested_fixes": [...]}],
//	  "ctxpropagation": {"error": "..."}}}
type jsonTree map[string]map[string]any

// add records the result of analyzer on package p: its diagnostics, or
// err. A result with neither is left out, as go vet leaves it out.
func (t jsonTree) add(p *packages.Package, analyzer string, diags []analysis.Diagnostic, err error) {
	var v any
	switch {
	case err != nil:
		v = vetjson.Error{Err: err.Error()}
	case len(diags) > 0:
		fset := p.Fset
		out := make([]vetjson.Diagnostic, 0, len(diags))
		for _, d := range diags {
			j := vetjson.Diagnostic{
				Category: d.Category,
				Posn:     fset.Position(d.Pos).String(),
				End:      endPosn(fset, d.Pos, d.End),
				Message:  d.Message,
			}
			for _, r := range d.Related {
				j.Related = append(j.Related, vetjson.Related{Posn: fset.Position(r.Pos).String(), End: endPosn(fset, r.Pos, r.End), Message: r.Message})
			}
			for _, fix := range d.SuggestedFixes {
				jf := vetjson.Fix{Message: fix.Message, Edits: []vetjson.Edit{}}
				for _, e := range fix.TextEdits {
					start := fset.Position(e.Pos)
					end := start
					if e.End.IsValid() {
						end = fset.Position(e.End)
					}
					jf.Edits = append(jf.Edits, vetjson.Edit{Filename: start.Filename, Start: start.Offset, End: end.Offset, New: string(e.NewText)})
				}
				j.SuggestedFixes = append(j.SuggestedFixes, jf)
			}
			out = append(out, j)
		}
		v = out
	default:
		return
	}
	if t[p.ID] == nil {
		t[p.ID] = map[string]any{}
	}
	t[p.ID][analyzer] = v
}

// endPosn is the end of a range, or its start when it has no end.
func endPosn(fset *token.FileSet, pos, end token.Pos) string {
	if !end.IsValid() {
		end = pos
	}
	return fset.Position(end).String()
}

// findingKey identifies a finding across a package and its test variant.
func findingKey(analyzer, posn, message string) string {
	return analyzer + "|" + posn + "|" + message
}

// keep drops the diagnostics whose keys are not in keep (after -fix, the
// findings that were fixed), and the results left empty.
func (t jsonTree) keep(keep map[string]bool) {
	for id, byAnalyzer := range t {
		for name, v := range byAnalyzer {
			diags, ok := v.([]vetjson.Diagnostic)
			if !ok {
				continue
			}
			var kept []vetjson.Diagnostic
			for _, d := range diags {
				if keep[findingKey(name, d.Posn, d.Message)] {
					kept = append(kept, d)
				}
			}
			if len(kept) == 0 {
				delete(byAnalyzer, name)
			} else {
				byAnalyzer[name] = kept
			}
		}
		if len(byAnalyzer) == 0 {
			delete(t, id)
		}
	}
}

// print writes the tree as go vet does: indented with tabs, then a
// newline. An empty tree is "{}".
func (t jsonTree) print(w io.Writer) error {
	data, err := json.MarshalIndent(t, "", "\t")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
