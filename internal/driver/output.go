package driver

import (
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// output prints the findings and errors of a standalone run in its
// format, with file names relative to the directory the run is in (except
// in go vet's JSON, whose positions are absolute, as go vet's are).
type output struct {
	dir            string // absolute; the run's working directory (-C)
	stdout, stderr io.Writer
	format         string
	analyzers      []*analysis.Analyzer
}

// print writes the report in the run's format. Errors have already gone
// to stderr; JSON and SARIF carry them too, so stdout is a whole document
// even when packages fail to load.
func (o *output) print(rep *report) {
	switch o.format {
	case formatJSON:
		keep := map[string]bool{}
		for _, f := range rep.findings {
			keep[findingKey(f.analyzer, f.posn.String(), f.diag.Message)] = true
		}
		rep.tree.keep(keep)
		if err := rep.tree.print(o.stdout); err != nil {
			fmt.Fprintln(o.stderr, "otellint:", err)
		}
	case formatSARIF:
		if err := o.sarif(rep); err != nil {
			fmt.Fprintln(o.stderr, "otellint:", err)
		}
	default:
		o.textTo(o.stdout, rep.findings)
	}
}

// textTo prints each finding as "file:line:col: message (pass/category)",
// then each of its related positions on an indented line below it:
// "\tfile:line:col: message".
func (o *output) textTo(w io.Writer, findings []finding) {
	for _, f := range findings {
		fmt.Fprintf(w, "%s: %s (%s)\n", o.relPosn(f.posn), f.diag.Message, label(f))
		for _, r := range f.diag.Related {
			fmt.Fprintf(w, "\t%s: %s\n", o.relPosn(f.fset.Position(r.Pos)), r.Message)
		}
	}
}

// closing ends a text report on stderr with a line that says what the
// exit status will mean, so that a run ending in "exit status 3" (which go
// run prints) does not read as a failure: "otellint: 27 findings in 9
// packages (exit status 3: findings)". A clean run stays silent, as go
// vet does.
func (o *output) closing(findings []finding, code int) {
	if len(findings) == 0 {
		return
	}
	pkgs := map[string]bool{}
	for _, f := range findings {
		pkgs[f.pkg] = true
	}
	status := fmt.Sprintf("exit status %d: findings", ExitFindings)
	if code != ExitClean {
		status = fmt.Sprintf("exit status %d: some packages failed to load or analyse", code)
	}
	fmt.Fprintf(o.stderr, "otellint: %s in %s (%s)\n", plural(len(findings), "finding", "findings"), plural(len(pkgs), "package", "packages"), status)
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

// maxErrors is how many errors of one package are printed.
const maxErrors = 10

// loadError is one reason a package could not be analysed.
type loadError struct {
	text string         // as printed, after the package path
	posn token.Position // where, if known
	msg  string         // without the position
}

// packageErrors prints why a package could not be analysed and returns
// the errors: the errors of the imports it could not load (the cause of
// its "could not import" errors), then its own parse and type errors, or
// the go command's errors when there are no others, at most maxErrors of
// them.
func (o *output) packageErrors(p *packages.Package, importErrs []packages.Error) []loadError {
	var errs []loadError
	add := func(prefix string, e packages.Error) {
		le := o.loadError(e)
		le.text = prefix + le.text
		le.msg = prefix + le.msg
		errs = append(errs, le)
	}
	for _, imp := range p.Imports {
		for _, e := range imp.Errors {
			add("import "+imp.PkgPath+": ", e)
		}
	}
	for _, e := range importErrs {
		add("", e)
	}
	own := p.Errors
	if slices.ContainsFunc(own, func(e packages.Error) bool { return e.Kind != packages.ListError }) {
		// The go command's compiler output repeats the parse and type errors.
		own = slices.DeleteFunc(slices.Clone(own), func(e packages.Error) bool { return e.Kind == packages.ListError })
	}
	seen := map[string]bool{}
	for _, e := range own {
		if m := e.Error(); !seen[m] {
			seen[m] = true
			add("", e)
		}
	}
	if len(errs) > maxErrors {
		more := len(errs) - maxErrors
		errs = append(errs[:maxErrors], loadError{text: fmt.Sprintf("and %d more errors", more), msg: fmt.Sprintf("and %d more errors", more)})
	}
	for _, e := range errs {
		fmt.Fprintf(o.stderr, "otellint: %s\n", o.withPackage(p, e.text))
	}
	return errs
}

// withPackage prefixes an error of package p with the package's path,
// unless the message already starts with it (as the go command's do).
func (o *output) withPackage(p *packages.Package, text string) string {
	if p.PkgPath == "" || strings.HasPrefix(text, p.PkgPath) || strings.HasPrefix(text, "package "+p.PkgPath) {
		return text
	}
	return p.PkgPath + ": " + text
}

// loadError renders a package error as the go command would: its
// position relative to the run's directory, or no position at all where
// it has none (go/packages writes "-" there).
func (o *output) loadError(e packages.Error) loadError {
	msg := o.relErr(e.Msg)
	if e.Pos == "" || e.Pos == "-" {
		return loadError{text: msg, msg: msg}
	}
	posn := parsePosn(e.Pos)
	return loadError{text: o.relErr(e.Pos) + ": " + msg, posn: posn, msg: msg}
}

// parsePosn parses "file:line:col" or "file:line" as go/packages writes
// positions; a position it cannot read has only its file name.
func parsePosn(s string) token.Position {
	var p token.Position
	rest := s
	nums := []*int{&p.Column, &p.Line}
	if strings.Count(s, ":") < 2 {
		nums = nums[1:]
	}
	for _, n := range nums {
		i := strings.LastIndexByte(rest, ':')
		if i < 0 {
			return token.Position{Filename: s}
		}
		if _, err := fmt.Sscanf(rest[i+1:], "%d", n); err != nil {
			return token.Position{Filename: s}
		}
		rest = rest[:i]
	}
	p.Filename = rest
	return p
}

// joinLines joins messages one per line.
func joinLines(msgs []string) string {
	return strings.Join(msgs, "\n")
}
