package plugin

import (
	"cmp"
	"fmt"
	"go/token"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/suppress"
)

// golangci-lint does not show diagnostics the way go vet does, and its
// defaults hide some:
//
//   - each Related entry of a diagnostic becomes an issue of its own
//     ("<pass>(related information): ..."), which counts towards
//     max-issues-per-linter and turns into an error-level SARIF result;
//   - uniq-by-line keeps one issue per line of a file, so a second
//     finding on the line of another is dropped without a word.
//
// So the plugin gives golangci-lint a single analyzer, [Fold], which runs
// the suite's passes as its prerequisites, collects their diagnostics, and
// reports each line's findings once: the related positions folded into the
// message, and two findings on one line merged into one message.

// foldSeparator separates the findings merged into one message.
const foldSeparator = " | "

// captured is the result of a pass run under [Fold]: the diagnostics it
// reported.
type captured struct {
	diags []analysis.Diagnostic
}

// Fold returns one analyzer, named after the plugin, that runs analyzers
// and reports their findings in the form golangci-lint shows whole: one
// diagnostic per line of code, without related information. Each message
// starts with its pass's name and ends with the related positions by file
// name and line:
//
//	spanend: span is never ended; add "defer span.End()" (the span is still open when the function returns here: store.go:52, store.go:57)
//
// Findings on the same line are merged, the first at its own column and
// each later one with its line and column:
//
//	spanend: ... | spannaming at 85:41: span name "ProcessRequest" says ...
//
// The merged diagnostic keeps the first suggested fix of each finding,
// its message prefixed like the finding's.
// The analyzers themselves are not changed: Fold runs copies of them.
func Fold(analyzers []*analysis.Analyzer) *analysis.Analyzer {
	var passes []*analysis.Analyzer
	for _, a := range analyzers {
		passes = append(passes, capturing(a))
	}
	return &analysis.Analyzer{
		Name:             Name,
		Doc:              "report the findings of the otellint passes, one issue per line of code",
		URL:              "https://github.com/otellint/otellint",
		Requires:         passes,
		RunDespiteErrors: true,
		Run: func(pass *analysis.Pass) (any, error) {
			var found []passDiagnostic
			for _, p := range passes {
				for _, d := range pass.ResultOf[p].(*captured).diags {
					found = append(found, passDiagnostic{p.Name, d})
				}
			}
			for _, d := range foldDiagnostics(pass.Fset, found) {
				pass.Report(d)
			}
			return nil, nil
		},
	}
}

// capturing returns a copy of a whose diagnostics are its result instead
// of being reported, and which leaves //nolint directives to
// golangci-lint: it applies them to the otellint linter itself, and its
// nolintlint would call a //nolint:otellint unused if the pass had
// already dropped the finding.
func capturing(a *analysis.Analyzer) *analysis.Analyzer {
	c := *a
	c.ResultType = reflect.TypeFor[*captured]()
	c.Run = func(pass *analysis.Pass) (any, error) {
		res := &captured{}
		p := *pass
		p.Report = func(d analysis.Diagnostic) { res.diags = append(res.diags, d) }
		if idx, ok := pass.ResultOf[suppress.Analyzer].(*suppress.Index); ok {
			p.ResultOf = maps.Clone(pass.ResultOf)
			p.ResultOf[suppress.Analyzer] = idx.WithoutNolint()
		}
		if _, err := a.Run(&p); err != nil {
			return nil, err
		}
		return res, nil
	}
	return &c
}

// passDiagnostic is a diagnostic with the name of the pass that reported it.
type passDiagnostic struct {
	pass string
	analysis.Diagnostic
}

// foldDiagnostics returns one diagnostic per line of code for the
// diagnostics found, in the order of their positions.
func foldDiagnostics(fset *token.FileSet, found []passDiagnostic) []analysis.Diagnostic {
	type line struct {
		file string
		line int
	}
	byLine := map[line][]passDiagnostic{}
	var lines []line
	for _, d := range found {
		p := position(fset, d.Pos)
		k := line{p.Filename, p.Line}
		if byLine[k] == nil {
			lines = append(lines, k)
		}
		byLine[k] = append(byLine[k], d)
	}
	var out []analysis.Diagnostic
	for _, k := range lines {
		ds := byLine[k]
		slices.SortStableFunc(ds, func(a, b passDiagnostic) int { return cmp.Compare(a.Pos, b.Pos) })
		first := ds[0]
		merged := analysis.Diagnostic{Pos: first.Pos, End: first.End, Category: first.Category, URL: first.URL}
		var parts []string
		for i, d := range ds {
			head := d.pass
			if i > 0 {
				p := position(fset, d.Pos)
				head = fmt.Sprintf("%s at %d:%d", d.pass, p.Line, p.Column)
			}
			parts = append(parts, head+": "+d.Message+foldRelated(fset, d.Pos, d.Related))
			if len(d.SuggestedFixes) > 0 {
				// Fix messages must differ within a diagnostic.
				fix := d.SuggestedFixes[0]
				fix.Message = head + ": " + fix.Message
				if !slices.ContainsFunc(merged.SuggestedFixes, func(f analysis.SuggestedFix) bool { return f.Message == fix.Message }) {
					merged.SuggestedFixes = append(merged.SuggestedFixes, fix)
				}
			}
		}
		merged.Message = strings.Join(parts, foldSeparator)
		out = append(out, merged)
	}
	return out
}

// foldRelated renders related information as a suffix of the message:
// " (message: file.go:12, file.go:20; other message: other.go:3)", the
// entries with the same message together, each file named relative to the
// directory of the finding's file.
func foldRelated(fset *token.FileSet, at token.Pos, related []analysis.RelatedInformation) string {
	if len(related) == 0 {
		return ""
	}
	dir := filepath.Dir(position(fset, at).Filename)
	var msgs []string
	places := map[string][]string{}
	for _, r := range related {
		p := position(fset, r.Pos)
		name := filepath.Base(p.Filename)
		if filepath.Dir(p.Filename) != dir {
			if rel, err := filepath.Rel(dir, p.Filename); err == nil {
				name = filepath.ToSlash(rel)
			} else {
				name = p.Filename
			}
		}
		if places[r.Message] == nil {
			msgs = append(msgs, r.Message)
		}
		places[r.Message] = append(places[r.Message], fmt.Sprintf("%s:%d", name, p.Line))
	}
	var groups []string
	for _, m := range msgs {
		groups = append(groups, m+": "+strings.Join(places[m], ", "))
	}
	return " (" + strings.Join(groups, "; ") + ")"
}

// position is where golangci-lint puts pos: adjusted by //line
// directives, unless they point outside Go files.
func position(fset *token.FileSet, pos token.Pos) token.Position {
	p := fset.PositionFor(pos, true)
	if filepath.Ext(p.Filename) != ".go" {
		p = fset.PositionFor(pos, false)
	}
	return p
}
