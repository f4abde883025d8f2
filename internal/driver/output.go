package driver

import (
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// output prints the findings and errors of a standalone run, with file
// names relative to the directory the run is in.
type output struct {
	dir            string // absolute; the run's working directory (-C)
	stdout, stderr io.Writer
}

// text prints each finding on one line: "file:line:col: message (pass/category)".
func (o *output) text(findings []finding) {
	for _, f := range findings {
		fmt.Fprintf(o.stdout, "%s: %s (%s)\n", o.relPosn(f.posn), f.diag.Message, label(f))
	}
}

// label names a finding's pass and category: "spanend/missing-end".
func label(f finding) string {
	if f.diag.Category == "" {
		return f.analyzer
	}
	return f.analyzer + "/" + f.diag.Category
}

// relPosn renders a position with a file name relative to the run's
// directory when the file lies below it.
func (o *output) relPosn(p token.Position) string {
	p.Filename = o.relPath(p.Filename)
	return p.String()
}

// relPath returns name relative to the run's directory when it lies below it.
func (o *output) relPath(name string) string {
	if o.dir == "" || !filepath.IsAbs(name) {
		return name
	}
	if r, err := filepath.Rel(o.dir, name); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return name
}

// relErr shortens absolute file names in an error message.
func (o *output) relErr(msg string) string {
	if o.dir == "" {
		return msg
	}
	return strings.ReplaceAll(msg, o.dir+string(filepath.Separator), "")
}

// jsonFinding is the JSON form of a finding.
type jsonFinding struct {
	Analyzer string        `json:"analyzer"`
	Category string        `json:"category,omitempty"`
	Posn     string        `json:"posn"`
	End      string        `json:"end,omitempty"`
	Message  string        `json:"message"`
	Related  []jsonRelated `json:"related,omitempty"`
	Fixes    []string      `json:"suggested_fixes,omitempty"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

// json prints the findings as one JSON array.
func (o *output) json(findings []finding) error {
	out := make([]jsonFinding, 0, len(findings))
	for _, f := range findings {
		j := jsonFinding{Analyzer: f.analyzer, Category: f.diag.Category, Posn: o.relPosn(f.posn), Message: f.diag.Message}
		if f.end.IsValid() {
			j.End = o.relPosn(f.end)
		}
		for _, r := range f.diag.Related {
			j.Related = append(j.Related, jsonRelated{Posn: o.relPosn(f.fset.Position(r.Pos)), Message: r.Message})
		}
		for _, fix := range f.diag.SuggestedFixes {
			j.Fixes = append(j.Fixes, fix.Message)
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(o.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// maxErrors is how many errors of one package are printed.
const maxErrors = 10

// printErrors prints why a package could not be analysed: the errors of
// the imports it could not load (the cause of its "could not import"
// errors), then its own parse and type errors, or the go command's
// errors when there are no others, at most maxErrors of them.
func (o *output) packageErrors(p *packages.Package, importErrs []packages.Error) {
	var msgs []string
	for _, imp := range p.Imports {
		for _, e := range imp.Errors {
			msgs = append(msgs, "import "+imp.PkgPath+": "+o.relErr(e.Error()))
		}
	}
	for _, e := range importErrs {
		msgs = append(msgs, o.relErr(e.Error()))
	}
	own := p.Errors
	if slices.ContainsFunc(own, func(e packages.Error) bool { return e.Kind != packages.ListError }) {
		// The go command's compiler output repeats the parse and type errors.
		own = slices.DeleteFunc(slices.Clone(own), func(e packages.Error) bool { return e.Kind == packages.ListError })
	}
	seen := map[string]bool{}
	for _, e := range own {
		m := o.relErr(e.Error())
		if !seen[m] {
			seen[m] = true
			msgs = append(msgs, m)
		}
	}
	for i, m := range msgs {
		if i == maxErrors {
			fmt.Fprintf(o.stderr, "otellint: %s: and %d more errors\n", p.PkgPath, len(msgs)-maxErrors)
			break
		}
		fmt.Fprintf(o.stderr, "otellint: %s: %s\n", p.PkgPath, m)
	}
}
