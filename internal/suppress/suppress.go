// Package suppress finds the comments that silence otellint findings and
// the generated files it skips, once per package, and offers passes a
// Report function that honours them.
//
// Two directive forms are honoured, on the line of a finding or alone on
// the line above it:
//
//	//otellint:ignore spanend,piilog the reason
//	//nolint:otellint  or  //nolint:spanend,piilog  or  //nolint
//
// Files that carry the standard "// Code generated ... DO NOT EDIT." header
// are skipped entirely.
package suppress

import (
	"go/ast"
	"go/token"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer indexes the suppression directives and generated files of a
// package. Its result is an [*Index].
var Analyzer = &analysis.Analyzer{
	Name:             "otellintsuppress",
	Doc:              "index //otellint:ignore and //nolint directives and generated files",
	Run:              run,
	ResultType:       reflect.TypeFor[*Index](),
	RunDespiteErrors: true,
}

// Suite is the name that silences every otellint pass in //nolint and
// //otellint:ignore directives.
const Suite = "otellint"

// Directive is one //otellint:ignore or //nolint comment.
type Directive struct {
	Pos    token.Pos // of the comment
	End    token.Pos
	Nolint bool     // //nolint rather than //otellint:ignore
	Names  []string // pass names; empty for a bare //nolint
	Reason string   // the text after the names (otellint:ignore only)
	// Line is the line the directive silences: its own line, or the
	// next one when the comment stands alone on its line.
	Line int
	File *token.File
}

// Index is the result of [Analyzer].
type Index struct {
	Directives []*Directive
	generated  map[*token.File]bool
	byLine     map[lineKey][]*Directive
	// nolints are the //nolint directives by line, kept when the driver
	// applies them itself: what they say of other linters' reports is
	// read by [Index.Exempts].
	nolints map[lineKey][]*Directive
}

type lineKey struct {
	file *token.File
	line int
}

func run(pass *analysis.Pass) (any, error) {
	return NewIndex(pass.Fset, pass.Files), nil
}

// NewIndex indexes the directives of files.
func NewIndex(fset *token.FileSet, files []*ast.File) *Index {
	idx := &Index{generated: map[*token.File]bool{}, byLine: map[lineKey][]*Directive{}, nolints: map[lineKey][]*Directive{}}
	for _, f := range files {
		tf := fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		if ast.IsGenerated(f) {
			idx.generated[tf] = true
			continue
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				d := parse(c.Text)
				if d == nil {
					continue
				}
				d.Pos, d.End, d.File = c.Slash, c.End(), tf
				d.Line = tf.Line(c.Slash)
				if alone(tf, f, c) {
					d.Line++
				}
				idx.Directives = append(idx.Directives, d)
				k := lineKey{tf, d.Line}
				idx.byLine[k] = append(idx.byLine[k], d)
				if d.Nolint {
					idx.nolints[k] = append(idx.nolints[k], d)
				}
			}
		}
	}
	return idx
}

// alone reports whether comment c is the only thing on its line, in which
// case it applies to the next line.
func alone(tf *token.File, f *ast.File, c *ast.Comment) bool {
	line := tf.Line(c.Slash)
	start := tf.LineStart(line)
	// The comment is alone if only white space precedes it on its line.
	off := tf.Offset(c.Slash) - tf.Offset(start)
	return off >= 0 && columnIsIndent(tf, f, c, off)
}

// columnIsIndent reports whether the off bytes before c on its line are
// white space. Without the source text at hand we ask the AST: no node
// of the file ends on that line before the comment.
func columnIsIndent(tf *token.File, f *ast.File, c *ast.Comment, off int) bool {
	if off == 0 {
		return true
	}
	line := tf.Line(c.Slash)
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		if _, ok := n.(*ast.CommentGroup); ok {
			return false
		}
		if n.Pos() > c.Slash || n.End() < tf.LineStart(line) {
			// Starts after the comment or ends before its line: no overlap,
			// but children of a node that starts before may still matter.
			return n.Pos() <= c.Slash && n.End() >= tf.LineStart(line)
		}
		if n.End() <= c.Slash && tf.Line(n.End()) == line {
			found = true
			return false
		}
		return true
	})
	return !found
}

// parse returns the directive in a comment's text, or nil.
func parse(text string) *Directive {
	if !strings.HasPrefix(text, "//") {
		return nil
	}
	body := text[2:]
	switch {
	case strings.HasPrefix(body, "otellint:ignore"):
		rest := strings.TrimPrefix(body, "otellint:ignore")
		if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			return nil
		}
		fields := strings.Fields(rest)
		d := &Directive{}
		if len(fields) > 0 && !strings.HasPrefix(fields[0], "//") {
			for _, n := range strings.Split(fields[0], ",") {
				if n = strings.TrimSpace(n); n != "" {
					d.Names = append(d.Names, n)
				}
			}
			fields = fields[1:]
		}
		// "//otellint:ignore spanend // reason" reads like a nolint comment.
		d.Reason = strings.TrimSpace(strings.TrimPrefix(strings.Join(fields, " "), "//"))
		return d
	case strings.HasPrefix(strings.TrimLeft(body, " "), "nolint"):
		rest := strings.TrimPrefix(strings.TrimLeft(body, " "), "nolint")
		d := &Directive{Nolint: true}
		if rest == "" || rest[0] == ' ' || rest[0] == '\t' {
			return d // bare //nolint: everything
		}
		if rest[0] != ':' {
			return nil
		}
		list := rest[1:]
		if i := strings.IndexAny(list, " \t/"); i >= 0 {
			list = list[:i]
		}
		for _, n := range strings.Split(list, ",") {
			if n = strings.TrimSpace(n); n != "" {
				d.Names = append(d.Names, n)
			}
		}
		return d
	}
	return nil
}

// WithoutNolint returns a copy of the index that leaves //nolint
// directives to the driver, for golangci-lint, which applies them itself
// (and, with nolintlint, reports a //nolint that silenced nothing it
// saw). Generated files and //otellint:ignore directives still count.
func (idx *Index) WithoutNolint() *Index {
	out := &Index{generated: idx.generated, byLine: map[lineKey][]*Directive{}, nolints: idx.nolints}
	for _, d := range idx.Directives {
		if d.Nolint {
			continue
		}
		out.Directives = append(out.Directives, d)
		k := lineKey{d.File, d.Line}
		out.byLine[k] = append(out.byLine[k], d)
	}
	return out
}

// Generated reports whether pos lies in a generated file.
func (idx *Index) Generated(fset *token.FileSet, pos token.Pos) bool {
	return idx.generated[fset.File(pos)]
}

// GeneratedFile reports whether the file is generated; passes skip such
// files before walking them.
func (idx *Index) GeneratedFile(fset *token.FileSet, f *ast.File) bool {
	return idx.generated[fset.File(f.FileStart)]
}

// Silenced reports whether a finding of pass at pos is silenced by a
// directive or lies in a generated file.
func (idx *Index) Silenced(fset *token.FileSet, pass string, pos token.Pos) bool {
	tf := fset.File(pos)
	if tf == nil {
		return false
	}
	if idx.generated[tf] {
		return true
	}
	for _, d := range idx.byLine[lineKey{tf, tf.Line(pos)}] {
		if d.Nolint && len(d.Names) == 0 {
			return true
		}
		if !d.Nolint && d.Reason == "" {
			continue // an ignore without a reason does not count; it is reported
		}
		for _, n := range d.Names {
			if n == pass || n == Suite || (d.Nolint && n == "all") {
				return true
			}
		}
	}
	return false
}

// Exempts reports whether a //nolint directive that names linter, another
// linter than otellint (forbidigo, say), covers the node at cur the way
// golangci-lint applies it: on the node's line or alone on the line above
// it, above a declaration or statement that encloses it, or above the
// package clause, for the whole file. Where a team silenced a linter that
// reports what a pass would report, the pass takes the team's word.
//
//	//nolint:forbidigo // this command-mode file prints to the console
//	package runtime
func (idx *Index) Exempts(fset *token.FileSet, linter string, cur inspector.Cursor) bool {
	if idx == nil || len(idx.nolints) == 0 || !cur.Valid() {
		return false
	}
	tf := fset.File(cur.Node().Pos())
	if tf == nil {
		return false
	}
	// names reports whether a directive naming linter applies to the
	// line of pos, or stands in the doc comment above it.
	names := func(pos token.Pos, doc *ast.CommentGroup) bool {
		from, to := tf.Line(pos), tf.Line(pos)
		if doc != nil {
			from = tf.Line(doc.Pos()) + 1 // a directive alone on a line applies to the next
		}
		for line := from; line <= to; line++ {
			for _, d := range idx.nolints[lineKey{tf, line}] {
				if slices.Contains(d.Names, linter) {
					return true
				}
			}
		}
		return false
	}
	for c := range cur.Enclosing() {
		switch n := c.Node().(type) {
		case *ast.File:
			return names(n.Package, n.Doc)
		case *ast.FuncDecl:
			if names(n.Pos(), n.Doc) {
				return true
			}
		case *ast.GenDecl:
			if names(n.Pos(), n.Doc) {
				return true
			}
		case ast.Stmt, ast.Spec:
			if names(n.Pos(), nil) {
				return true
			}
		default:
			if c == cur && names(n.Pos(), nil) {
				return true
			}
		}
	}
	return false
}

// Reporter returns a function that reports d through pass unless it is
// silenced. Passes call it instead of pass.Report.
func Reporter(pass *analysis.Pass) func(d analysis.Diagnostic) {
	idx := pass.ResultOf[Analyzer].(*Index)
	name := pass.Analyzer.Name
	return func(d analysis.Diagnostic) {
		if idx.Silenced(pass.Fset, name, d.Pos) {
			return
		}
		pass.Report(d)
	}
}
